import { fileKind, namedIn } from "../resource-kit/resource";
import { roles } from "./reconciler";
import { BUILT_IN_ROLES, rolesSchema, type Roles } from "./schema";

/** The namespace of realm roles, for the kinds that give them. */
export const REALM_ROLE = "realm role";

export const rolesKind = fileKind({
  key: "roles",
  kind: "roles",
  file: "roles.yaml",
  schema: rolesSchema,
  reconciler: roles,
  ...namedIn(REALM_ROLE, (resource: Roles[number]) => resource.name, BUILT_IN_ROLES),
});
