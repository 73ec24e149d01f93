import { z } from "zod";
import { coded } from "../messages/said";

const roles = z.array(z.enum(["admin", "user"]));

/** One attribute of Keycloak's user profile, as its admin console writes it. */
const attributeSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: () => coded("schema.attributeName") }),
  displayName: z.string().optional(),
  multivalued: z.boolean().default(false),
  required: z.strictObject({ roles: roles.optional(), scopes: z.array(z.string()).optional() }).optional(),
  permissions: z.strictObject({ view: roles, edit: roles }),
  validations: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  annotations: z.record(z.string(), z.unknown()).optional(),
  group: z.string().optional(),
});

/** `user-profile.yaml`: the attributes of an account; those not listed are left as Keycloak has them. */
export const userProfileSchema = z.strictObject({
  unmanagedAttributePolicy: z.enum(["ENABLED", "ADMIN_VIEW", "ADMIN_EDIT"]).optional(),
  attributes: z.array(attributeSchema),
});

export type UserProfile = z.output<typeof userProfileSchema>;
export type UserProfileAttribute = UserProfile["attributes"][number];
