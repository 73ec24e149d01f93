import { CLIENT, rolesOfClient } from "../clients";
import { REALM_ROLE } from "../roles";
import { fileKind, type UndeclaredName } from "../resource-kit/resource";
import { groups } from "./reconciler";
import { groupsSchema } from "./schema";
import { said } from "../messages/said";

export const groupsKind = fileKind({
  key: "groups",
  kind: "groups",
  file: "groups.yaml",
  schema: groupsSchema,
  reconciler: groups,
  undeclared: (declared, names) =>
    declared.flatMap((group, index): UndeclaredName[] => [
      ...group.realmRoles.flatMap((role, roleIndex) =>
        names(REALM_ROLE).has(role)
          ? []
          : [{ path: [index, "realmRoles", roleIndex], message: said("config.realmRoleNotDeclared", { role }) }],
      ),
      ...Object.entries(group.clientRoles).flatMap(([clientId, roles]): UndeclaredName[] => {
        if (!names(CLIENT).has(clientId))
          return [{ path: [index, "clientRoles", clientId], message: said("config.clientNotDeclared", { clientId }) }];
        const known = names(rolesOfClient(clientId));
        return roles.flatMap((role, roleIndex) =>
          known.has(role)
            ? []
            : [
                {
                  path: [index, "clientRoles", clientId, roleIndex],
                  message: said("config.clientRoleNotDeclared", {
                    role,
                    clientId,
                    known: [...known].join(", ") || "-",
                  }),
                },
              ],
        );
      }),
    ]),
});
