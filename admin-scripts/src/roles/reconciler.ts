import type RoleRepresentation from "@keycloak/keycloak-admin-client/lib/defs/roleRepresentation";
import { diffFields } from "../reconcile/diff";
import type { Change, Reconciler } from "../reconcile/types";
import type { Roles } from "./schema";

/** Roles Keycloak makes in every realm; export leaves them out. */
const isBuiltIn = (role: RoleRepresentation, realm: string) =>
  ["offline_access", "uma_authorization", `default-roles-${realm}`].includes(role.name!);

export const roles: Reconciler<Roles, { realm: string; roles: RoleRepresentation[] }> = {
  kind: "roles",
  read: async ({ api, realm, realmRepresentation }) => ({
    realm,
    roles: realmRepresentation ? await api.roles.find({ realm }) : [],
  }),
  diff(desired, current, realm) {
    return desired.flatMap((role): Change[] => {
      const live = current.roles.find((candidate) => candidate.name === role.name);
      const fields = diffFields({ description: role.description }, live as Record<string, unknown> | undefined);
      if (fields.length === 0) return [];
      return [
        {
          kind: "roles",
          target: `role ${role.name}`,
          action: live ? "update" : "create",
          fields,
          write: async (api) => {
            if (live)
              await api.roles.updateByName({ realm, name: role.name }, { ...live, description: role.description });
            else await api.roles.create({ realm, name: role.name, description: role.description });
          },
        },
      ];
    });
  },
  export: (current) =>
    current.roles
      .filter((role) => !role.clientRole && !isBuiltIn(role, current.realm))
      .map((role) => ({ name: role.name, description: role.description ?? "" })),
};
