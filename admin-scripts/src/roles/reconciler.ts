import type RoleRepresentation from "@keycloak/keycloak-admin-client/lib/defs/roleRepresentation";
import { diffFields } from "../resource-kit/diff";
import {
  hasBareMarker,
  isMarkedFor,
  MANAGED_BY,
  MARKER_PATH,
  markedListAttributes,
  markerOf,
} from "../resource-kit/managed";
import { changeIfAny, type PlannedChange, type Reconciler } from "../resource-kit/reconciler";
import { BUILT_IN_ROLES, type Roles } from "./schema";
import { targetOf } from "../resource-kit/names";

/** Roles Keycloak makes in every realm, its default role included; export and plans leave them out. */
const isBuiltIn = (role: RoleRepresentation, realm: string) =>
  [...BUILT_IN_ROLES, `default-roles-${realm}`].includes(role.name!);

const roleTarget = (name: string) => targetOf("role", name);

/** The realm's own roles (realm roles; a client's roles are its client's). */
const ownRoles = (live: { realm: string; roles: RoleRepresentation[] }) =>
  live.roles.filter((role) => !role.clientRole && !isBuiltIn(role, live.realm));

export const roles: Reconciler<Roles, { realm: string; roles: RoleRepresentation[] }> = {
  read: async ({ api, realm, liveRealm }) => ({
    realm,
    // The full representation carries the attributes, where the marker is.
    roles: liveRealm ? await api.roles.find({ realm, briefRepresentation: false }) : [],
  }),
  diff(desired, live, realm) {
    return desired.flatMap((role): PlannedChange[] => {
      const liveRole = live.roles.find((candidate) => candidate.name === role.name);
      // A marker written before it named its resource is rewritten to name this one.
      const bare = hasBareMarker(liveRole?.attributes);
      const fields = [
        ...diffFields({ description: role.description }, liveRole as Record<string, unknown> | undefined),
        ...(bare ? [{ path: MARKER_PATH, before: MANAGED_BY.value, after: markerOf(role.name) }] : []),
      ];
      return changeIfAny(fields, {
        target: roleTarget(role.name),
        action: liveRole ? "update" : "create",
        write: async (api) => {
          if (liveRole)
            await api.roles.updateByName(
              { realm, name: role.name },
              {
                ...liveRole,
                description: role.description,
                ...(bare && { attributes: { ...liveRole.attributes, ...markedListAttributes(role.name) } }),
              },
            );
          else
            await api.roles.create({
              realm,
              name: role.name,
              description: role.description,
              attributes: markedListAttributes(role.name),
            });
        },
      });
    });
  },
  export: (live) => ownRoles(live).map((role) => ({ name: role.name, description: role.description ?? "" })),
  inventory: {
    declared: (desired) => desired.map((role) => role.name),
    live: (live, realm) =>
      ownRoles(live).map((role) => ({
        name: role.name!,
        target: roleTarget(role.name!),
        managed: isMarkedFor(role.attributes, role.name!),
        eventPath: `roles/${role.name}`,
        remove: (api) => api.roles.delByName({ realm, name: role.name! }),
      })),
  },
};
