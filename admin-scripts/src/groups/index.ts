import { CLIENT, rolesOfClient } from "../clients";
import { REALM_ROLE } from "../roles";
import { fileKind, type UndeclaredName } from "../resource-kit/resource";
import { groups } from "./reconciler";
import { groupsSchema } from "./schema";

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
          : [{ path: [index, "realmRoles", roleIndex], message: `realm role "${role}" is not defined in roles.yaml` }],
      ),
      ...Object.entries(group.clientRoles).flatMap(([clientId, roles]): UndeclaredName[] => {
        if (!names(CLIENT).has(clientId))
          return [
            { path: [index, "clientRoles", clientId], message: `client "${clientId}" is not defined in clients/` },
          ];
        const known = names(rolesOfClient(clientId));
        return roles.flatMap((role, roleIndex) =>
          known.has(role)
            ? []
            : [
                {
                  path: [index, "clientRoles", clientId, roleIndex],
                  message: `client role "${role}" does not exist in client ${clientId} (its roles: ${[...known].join(", ") || "none"})`,
                },
              ],
        );
      }),
    ]),
});
