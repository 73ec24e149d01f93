import { z } from "zod";
import { coded } from "../messages/said";
import { flag } from "../resource-kit/flag";

const port = z
  .union([z.number().int(), z.string().regex(/^\d+$/, { error: () => coded("schema.port") })])
  .transform(Number);

/** `smtp.yaml`: how Keycloak sends its e-mails. */
export const smtpSchema = z.strictObject({
  host: z.string().min(1),
  port: port.pipe(z.number().int().min(1).max(65535)),
  from: z.email(),
  fromDisplayName: z.string(),
  replyTo: z.email().optional(),
  starttls: flag,
  ssl: flag,
  authentication: z.strictObject({ user: z.string().min(1), password: z.string().min(1) }).optional(),
});

export type Smtp = z.output<typeof smtpSchema>;
