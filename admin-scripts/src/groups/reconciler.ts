import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { sameValue } from "../resource-kit/diff";
import {
  hasBareMarker,
  isMarkedFor,
  MANAGED_BY,
  MARKER_PATH,
  markedListAttributes,
  markerOf,
} from "../resource-kit/managed";
import type { PlannedChange, FieldChange, Reconciler } from "../resource-kit/reconciler";
import type { Groups } from "./schema";
import { targetOf } from "../resource-kit/names";
import { said, SaidError } from "../messages/said";

type Group = Groups[number];
/** `bare`: its marker was written before the marker named its resource; `attributes`, Keycloak's. */
type LiveGroup = Group & { id: string; managed: boolean; bare: boolean; attributes: Record<string, string[]> };

const groupTarget = (name: string) => targetOf("group", name);

/** A group's roles are the group's: roles the file does not give are taken back. */
export const groups: Reconciler<Groups, Map<string, LiveGroup>> = {
  async read({ api, realm, liveRealm }) {
    const live = new Map<string, LiveGroup>();
    if (!liveRealm) return live;
    // The full representation carries the attributes, where the marker is.
    for (const group of await api.groups.find({ realm, briefRepresentation: false })) {
      const mappings = await api.groups.listRoleMappings({ realm, id: group.id! });
      live.set(group.name!, {
        id: group.id!,
        managed: isMarkedFor(group.attributes, group.name!),
        bare: hasBareMarker(group.attributes),
        attributes: (group.attributes ?? {}) as Record<string, string[]>,
        name: group.name!,
        realmRoles: (mappings.realmMappings ?? [])
          .map((role) => role.name!)
          .filter((name) => !name.startsWith("default-roles-")),
        clientRoles: Object.fromEntries(
          Object.entries(mappings.clientMappings ?? {}).map(([clientId, mapping]) => [
            clientId,
            (mapping as { mappings: { name: string }[] }).mappings.map((role) => role.name),
          ]),
        ),
      });
    }
    return live;
  },
  diff(desired, live, realm) {
    return desired.flatMap((group): PlannedChange[] => {
      const liveGroup = live.get(group.name);
      const fields: FieldChange[] = [];
      // A marker written before it named its resource is rewritten to name this one.
      if (liveGroup?.bare) fields.push({ path: MARKER_PATH, before: MANAGED_BY.value, after: markerOf(group.name) });
      if (!sameValue(group.realmRoles, liveGroup?.realmRoles ?? [])) {
        fields.push({ path: "realmRoles", before: liveGroup?.realmRoles, after: group.realmRoles });
      }
      const clientIds = new Set([...Object.keys(group.clientRoles), ...Object.keys(liveGroup?.clientRoles ?? {})]);
      for (const clientId of clientIds) {
        const wanted = group.clientRoles[clientId] ?? [];
        const actual = liveGroup?.clientRoles[clientId] ?? [];
        if (!sameValue(wanted, actual))
          fields.push({ path: `clientRoles.${clientId}`, before: liveGroup ? actual : undefined, after: wanted });
      }
      if (liveGroup && fields.length === 0) return [];
      return [
        {
          target: groupTarget(group.name),
          action: liveGroup ? "update" : "create",
          fields,
          write: (api) => writeGroup(api, realm, group, liveGroup),
        },
      ];
    });
  },
  export: (live) =>
    [...live.values()].map(({ id: _id, managed: _managed, bare: _bare, attributes: _attributes, ...group }) => group),
  inventory: {
    declared: (desired) => desired.map((group) => group.name),
    live: (live, realm) =>
      [...live.values()].map(({ id, name, managed }) => ({
        name,
        target: groupTarget(name),
        managed,
        eventPath: `groups/${id}`,
        remove: (api) => api.groups.del({ realm, id }),
      })),
  },
};

async function writeGroup(
  api: KeycloakAdminClient,
  realm: string,
  group: Group,
  liveGroup: LiveGroup | undefined,
): Promise<void> {
  const id =
    liveGroup?.id ??
    (await api.groups.create({ realm, name: group.name, attributes: markedListAttributes(group.name) })).id;
  if (liveGroup?.bare)
    await api.groups.update(
      { realm, id },
      { name: group.name, attributes: { ...liveGroup.attributes, ...markedListAttributes(group.name) } },
    );
  const realmRoles = await api.roles.find({ realm });
  const grant = (names: string[]) =>
    realmRoles.filter((role) => names.includes(role.name!)).map((role) => ({ id: role.id!, name: role.name! }));
  const addRealm = group.realmRoles.filter((name) => !liveGroup?.realmRoles.includes(name));
  const removeRealm = (liveGroup?.realmRoles ?? []).filter((name) => !group.realmRoles.includes(name));
  if (addRealm.length > 0) await api.groups.addRealmRoleMappings({ realm, id, roles: grant(addRealm) });
  if (removeRealm.length > 0) await api.groups.delRealmRoleMappings({ realm, id, roles: grant(removeRealm) });

  const clientIds = new Set([...Object.keys(group.clientRoles), ...Object.keys(liveGroup?.clientRoles ?? {})]);
  for (const clientId of clientIds) {
    const [client] = await api.clients.find({ realm, clientId });
    if (!client) throw new SaidError(said("live.noClient", { clientId, realm }));
    const roles = await api.clients.listRoles({ realm, id: client.id! });
    const pick = (names: string[]) =>
      roles.filter((role) => names.includes(role.name!)).map((role) => ({ id: role.id!, name: role.name! }));
    const wanted = group.clientRoles[clientId] ?? [];
    const actual = liveGroup?.clientRoles[clientId] ?? [];
    const add = wanted.filter((name) => !actual.includes(name));
    const remove = actual.filter((name) => !wanted.includes(name));
    if (add.length > 0)
      await api.groups.addClientRoleMappings({ realm, id, clientUniqueId: client.id!, roles: pick(add) });
    if (remove.length > 0)
      await api.groups.delClientRoleMappings({ realm, id, clientUniqueId: client.id!, roles: pick(remove) });
  }
}
