import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { sameValue } from "../reconcile/diff";
import type { Change, FieldChange, Reconciler } from "../reconcile/types";
import type { Groups } from "./schema";

type Group = Groups[number];
type LiveGroup = Group & { id: string };

/** A group's roles are the group's: roles the file does not give are taken back. */
export const groups: Reconciler<Groups, Map<string, LiveGroup>> = {
  kind: "groups",
  async read({ api, realm, realmRepresentation }) {
    const live = new Map<string, LiveGroup>();
    if (!realmRepresentation) return live;
    for (const group of await api.groups.find({ realm, briefRepresentation: true })) {
      const mappings = await api.groups.listRoleMappings({ realm, id: group.id! });
      live.set(group.name!, {
        id: group.id!,
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
  diff(desired, current, realm) {
    return desired.flatMap((group): Change[] => {
      const live = current.get(group.name);
      const fields: FieldChange[] = [];
      if (!sameValue(group.realmRoles, live?.realmRoles ?? [])) {
        fields.push({ path: "realmRoles", before: live?.realmRoles, after: group.realmRoles });
      }
      const clientIds = new Set([...Object.keys(group.clientRoles), ...Object.keys(live?.clientRoles ?? {})]);
      for (const clientId of clientIds) {
        const wanted = group.clientRoles[clientId] ?? [];
        const actual = live?.clientRoles[clientId] ?? [];
        if (!sameValue(wanted, actual))
          fields.push({ path: `clientRoles.${clientId}`, before: live ? actual : undefined, after: wanted });
      }
      if (live && fields.length === 0) return [];
      return [
        {
          kind: "groups",
          target: `group ${group.name}`,
          action: live ? "update" : "create",
          fields,
          write: (api) => writeGroup(api, realm, group, live),
        },
      ];
    });
  },
  export: (current) => [...current.values()].map(({ id: _id, ...group }) => group),
};

async function writeGroup(
  api: KeycloakAdminClient,
  realm: string,
  group: Group,
  live: LiveGroup | undefined,
): Promise<void> {
  const id = live?.id ?? (await api.groups.create({ realm, name: group.name })).id;
  const realmRoles = await api.roles.find({ realm });
  const grant = (names: string[]) =>
    realmRoles.filter((role) => names.includes(role.name!)).map((role) => ({ id: role.id!, name: role.name! }));
  const addRealm = group.realmRoles.filter((name) => !live?.realmRoles.includes(name));
  const removeRealm = (live?.realmRoles ?? []).filter((name) => !group.realmRoles.includes(name));
  if (addRealm.length > 0) await api.groups.addRealmRoleMappings({ realm, id, roles: grant(addRealm) });
  if (removeRealm.length > 0) await api.groups.delRealmRoleMappings({ realm, id, roles: grant(removeRealm) });

  const clientIds = new Set([...Object.keys(group.clientRoles), ...Object.keys(live?.clientRoles ?? {})]);
  for (const clientId of clientIds) {
    const [client] = await api.clients.find({ realm, clientId });
    if (!client) throw new Error(`client ${clientId} does not exist in realm ${realm}`);
    const roles = await api.clients.listRoles({ realm, id: client.id! });
    const pick = (names: string[]) =>
      roles.filter((role) => names.includes(role.name!)).map((role) => ({ id: role.id!, name: role.name! }));
    const wanted = group.clientRoles[clientId] ?? [];
    const actual = live?.clientRoles[clientId] ?? [];
    const add = wanted.filter((name) => !actual.includes(name));
    const remove = actual.filter((name) => !wanted.includes(name));
    if (add.length > 0)
      await api.groups.addClientRoleMappings({ realm, id, clientUniqueId: client.id!, roles: pick(add) });
    if (remove.length > 0)
      await api.groups.delClientRoleMappings({ realm, id, clientUniqueId: client.id!, roles: pick(remove) });
  }
}
