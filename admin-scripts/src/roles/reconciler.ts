import type RoleRepresentation from "@keycloak/keycloak-admin-client/lib/defs/roleRepresentation";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type PlannedChange, type Reconciler } from "../resource-kit/reconciler";
import type { Roles } from "./schema";

/** Roles Keycloak makes in every realm; export leaves them out. */
const isBuiltIn = (role: RoleRepresentation, realm: string) =>
  ["offline_access", "uma_authorization", `default-roles-${realm}`].includes(role.name!);

export const roles: Reconciler<Roles, { realm: string; roles: RoleRepresentation[] }> = {
  read: async ({ api, realm, liveRealm }) => ({
    realm,
    roles: liveRealm ? await api.roles.find({ realm }) : [],
  }),
  diff(desired, live, realm) {
    return desired.flatMap((role): PlannedChange[] => {
      const liveRole = live.roles.find((candidate) => candidate.name === role.name);
      const fields = diffFields({ description: role.description }, liveRole as Record<string, unknown> | undefined);
      return changeIfAny(fields, {
        target: `role ${role.name}`,
        action: liveRole ? "update" : "create",
        write: async (api) => {
          if (liveRole)
            await api.roles.updateByName({ realm, name: role.name }, { ...liveRole, description: role.description });
          else await api.roles.create({ realm, name: role.name, description: role.description });
        },
      });
    });
  },
  export: (live) =>
    live.roles
      .filter((role) => !role.clientRole && !isBuiltIn(role, live.realm))
      .map((role) => ({ name: role.name, description: role.description ?? "" })),
};
