import { fileKind } from "../resource-kit/resource";
import { roles } from "./reconciler";
import { rolesSchema } from "./schema";

/** The namespace of realm roles, for the kinds that give them. */
export const REALM_ROLE = "realm role";

export const rolesKind = fileKind({
  key: "roles",
  kind: "roles",
  file: "roles.yaml",
  schema: rolesSchema,
  reconciler: roles,
  names: (declared) => ({ [REALM_ROLE]: declared.map((role) => role.name) }),
  builtInNames: { [REALM_ROLE]: ["offline_access", "uma_authorization"] },
});
