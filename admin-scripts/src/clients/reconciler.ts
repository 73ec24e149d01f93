import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { diffFields } from "../resource-kit/diff";
import { hasBareMarker, isMarkedFor, withMarker } from "../resource-kit/managed";
import { changeIfAny, type PlannedChange, type FieldChange, type Reconciler } from "../resource-kit/reconciler";
import { fromRepresentation, toRepresentation } from "./representation";
import type { Client } from "./schema";
import { targetOf } from "../resource-kit/names";
import { said, SaidError } from "../messages/said";

/** Clients Keycloak makes in every realm; never exported, never touched. */
export const BUILT_IN_CLIENTS = [
  "account",
  "account-console",
  "admin-cli",
  "broker",
  "realm-management",
  "security-admin-console",
] as const;

export function isBuiltInClient(clientId: string | undefined): boolean {
  return (BUILT_IN_CLIENTS as readonly (string | undefined)[]).includes(clientId);
}

interface LiveClient {
  client: ClientRepresentation;
  defaultClientScopes: string[];
  roles: { name: string; description: string }[];
  serviceAccountRoles: string[];
}

export const clients: Reconciler<Client[], Map<string, LiveClient>> = {
  async read({ api, realm, liveRealm }) {
    const live = new Map<string, LiveClient>();
    if (!liveRealm) return live;
    const all = await api.clients.find({ realm });
    const managementId = all.find((client) => client.clientId === "realm-management")?.id;
    for (const client of all.filter((candidate) => !isBuiltInClient(candidate.clientId))) {
      live.set(client.clientId!, await readDetails(api, realm, client, managementId));
    }
    return live;
  },
  diff(desired, live, realm) {
    return desired.flatMap((client): PlannedChange[] => {
      const liveClient = live.get(client.clientId);
      const wanted = toRepresentation(client);
      // A marker written before it named its resource is rewritten to name this one.
      if (hasBareMarker(liveClient?.client.attributes))
        wanted.attributes = withMarker(wanted.attributes, client.clientId);
      const fields: FieldChange[] = [
        ...diffFields(wanted as Record<string, unknown>, liveClient?.client as Record<string, unknown> | undefined),
        ...missing("defaultClientScopes", client.defaultClientScopes, liveClient?.defaultClientScopes),
        ...client.roles.flatMap((role) =>
          diffFields(
            { description: role.description },
            liveClient?.roles.find((candidate) => candidate.name === role.name),
            {
              prefix: `roles.${role.name}`,
            },
          ),
        ),
        ...missing(
          "serviceAccountRoles.realm-management",
          client.serviceAccountRoles["realm-management"] ?? [],
          liveClient?.serviceAccountRoles,
        ),
      ].filter((field) => field.path !== "clientId");
      return changeIfAny(fields, {
        target: clientTarget(client.clientId),
        action: liveClient ? "update" : "create",
        write: (api) => writeClient(api, realm, client, wanted),
      });
    });
  },
  export: (live) => [...live.values()].map((liveClient) => fromRepresentation(liveClient.client, liveClient)),
  inventory: {
    declared: (desired) => desired.map((client) => client.clientId),
    // `read` leaves Keycloak's own clients out.
    live: (live, realm) =>
      [...live.values()].map(({ client }) => ({
        name: client.clientId!,
        target: clientTarget(client.clientId!),
        managed: isMarkedFor(client.attributes, client.clientId!),
        eventPath: `clients/${client.id}`,
        remove: (api) => api.clients.del({ realm, id: client.id! }),
      })),
  },
};

const clientTarget = (clientId: string) => targetOf("client", clientId);

/** A list managed by addition: what the file names must be there; other entries stay. */
function missing(path: string, wanted: string[], live: string[] | undefined): FieldChange[] {
  const absent = wanted.filter((value) => !live?.includes(value));
  return absent.length === 0 ? [] : [{ path, before: live ?? [], after: [...(live ?? []), ...absent] }];
}

async function readDetails(
  api: KeycloakAdminClient,
  realm: string,
  client: ClientRepresentation,
  managementId: string | undefined,
): Promise<LiveClient> {
  const [scopes, roles, serviceAccountRoles] = await Promise.all([
    api.clients.listDefaultClientScopes({ realm, id: client.id! }),
    api.clients.listRoles({ realm, id: client.id! }),
    client.serviceAccountsEnabled && managementId
      ? api.clients
          .getServiceAccountUser({ realm, id: client.id! })
          .then((user) => api.users.listClientRoleMappings({ realm, id: user.id!, clientUniqueId: managementId }))
      : Promise.resolve([]),
  ]);
  return {
    client,
    defaultClientScopes: scopes.map((scope) => scope.name!),
    roles: roles.map((role) => ({ name: role.name!, description: role.description ?? "" })),
    serviceAccountRoles: serviceAccountRoles.map((role) => role.name!),
  };
}

async function writeClient(
  api: KeycloakAdminClient,
  realm: string,
  client: Client,
  wanted: ClientRepresentation,
): Promise<void> {
  let [liveClient] = await api.clients.find({ realm, clientId: client.clientId });
  if (liveClient) {
    await api.clients.update(
      { realm, id: liveClient.id! },
      { ...liveClient, ...wanted, attributes: { ...liveClient.attributes, ...wanted.attributes } },
    );
  } else {
    await api.clients.create({ realm, ...wanted, attributes: withMarker(wanted.attributes, client.clientId) });
    [liveClient] = await api.clients.find({ realm, clientId: client.clientId });
  }
  const id = liveClient!.id!;

  const scopes = await api.clients.listDefaultClientScopes({ realm, id });
  const allScopes = await api.clientScopes.find({ realm });
  for (const name of client.defaultClientScopes.filter(
    (scope) => !scopes.some((liveScope) => liveScope.name === scope),
  )) {
    const scope = allScopes.find((candidate) => candidate.name === name);
    if (!scope) throw new SaidError(said("live.noClientScope", { scope: name, realm }));
    await api.clients.addDefaultClientScope({ realm, id, clientScopeId: scope.id! });
  }

  const roles = await api.clients.listRoles({ realm, id });
  for (const role of client.roles) {
    const existing = roles.find((candidate) => candidate.name === role.name);
    if (!existing) await api.clients.createRole({ realm, id, name: role.name, description: role.description });
    else if ((existing.description ?? "") !== role.description) {
      await api.clients.updateRole({ realm, id, roleName: role.name }, { ...existing, description: role.description });
    }
  }

  const managementRoles = client.serviceAccountRoles["realm-management"] ?? [];
  if (managementRoles.length > 0) {
    const [management] = await api.clients.find({ realm, clientId: "realm-management" });
    const user = await api.clients.getServiceAccountUser({ realm, id });
    const granted = await api.users.listClientRoleMappings({ realm, id: user.id!, clientUniqueId: management!.id! });
    const available = await api.clients.listRoles({ realm, id: management!.id! });
    const toGrant = available.filter(
      (role) =>
        managementRoles.includes(role.name as never) && !granted.some((grantedRole) => grantedRole.name === role.name),
    );
    if (toGrant.length > 0) {
      await api.users.addClientRoleMappings({
        realm,
        id: user.id!,
        clientUniqueId: management!.id!,
        roles: toGrant.map((role) => ({ id: role.id!, name: role.name! })),
      });
    }
  }
}
