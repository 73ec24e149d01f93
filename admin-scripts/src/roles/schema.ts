import { z } from "zod";

/** `roles.yaml`: the realm's own roles, e.g. the operators' role. */
export const rolesSchema = z.array(
  z.strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, "a lower-case role name"),
    description: z.string().default(""),
  }),
);

export type Roles = z.output<typeof rolesSchema>;

/** Roles every realm has (besides its default role, `default-roles-<realm>`); groups may give them undeclared. */
export const BUILT_IN_ROLES = ["offline_access", "uma_authorization"] as const;
