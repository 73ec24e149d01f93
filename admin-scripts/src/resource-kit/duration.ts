import { z } from "zod";
import { coded } from "../messages/said";

const UNITS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
const DURATION = /^(\d+)\s*([smhd])$/;

/** "90s", "30m", "1h", "7d", or a number of seconds: how realm-config writes lifespans. */
export const duration = z
  .union([z.number().int().nonnegative(), z.string().regex(DURATION, { error: () => coded("schema.duration") })])
  .transform((value) => (typeof value === "number" ? value : toSeconds(value)));

function toSeconds(value: string): number {
  const [, amount, unit] = DURATION.exec(value)!;
  return Number(amount) * UNITS[unit as keyof typeof UNITS];
}

/** The shortest exact way to write a number of seconds back. */
export function formatDuration(seconds: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    if (seconds > 0 && seconds % UNITS[unit] === 0) return `${seconds / UNITS[unit]}${unit}`;
  }
  return `${seconds}s`;
}
