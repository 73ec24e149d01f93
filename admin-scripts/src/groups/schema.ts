import { z } from "zod";

/** `groups.yaml`: groups of accounts, and the roles each one gives (e.g. access to an app). */
export const groupsSchema = z.array(
  z.strictObject({
    name: z.string().min(1),
    realmRoles: z.array(z.string()).default([]),
    /** Roles of an app's client, by clientId: `{ dexco: [utilisateur] }`. */
    clientRoles: z.record(z.string(), z.array(z.string())).default({}),
  }),
);

export type Groups = z.output<typeof groupsSchema>;
