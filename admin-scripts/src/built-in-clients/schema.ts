import { z } from "zod";
import { BUILT_IN_CLIENTS } from "../clients/reconciler";

const builtInClientSchema = z.strictObject({
  /** Keycloak's "direct access grants": a token for a password posted by a script, outside the sign-in page. */
  passwordGrant: z.boolean(),
});

/** `built-in-clients.yaml`: what the realm's own clients (made by Keycloak with it) may do. */
export const builtInClientsSchema = z.partialRecord(z.enum(BUILT_IN_CLIENTS), builtInClientSchema);

export type BuiltInClients = z.output<typeof builtInClientsSchema>;
