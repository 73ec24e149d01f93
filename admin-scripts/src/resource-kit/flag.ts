import { z } from "zod";

/** A yes/no field that may come from a variable: `true`, `false`, or `${NAME:-false}` read as text. */
export const flag = z
  .union([z.boolean(), z.enum(["true", "false"])])
  .transform((value) => value === true || value === "true");
