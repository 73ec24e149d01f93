import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import { isBuiltInClient } from "../clients/reconciler";
import { fromRepresentation } from "../clients/representation";
import type { Connection } from "../keycloak/connection";
import { ConnectionError } from "../keycloak/connection";
import type { Client } from "../clients/schema";
import { APP_FIELDS, DISCOVERY_FIELDS, type Discovery, type LiveApp } from "./kit";
import { said } from "../messages/said";

/** The realm's clients, Keycloak's own left out, sorted by clientId. */
export async function listApps(connection: Connection): Promise<LiveApp[]> {
  const all = await connection.api.clients.find({ realm: connection.realm });
  const own = all.filter((client) => !isBuiltInClient(client.clientId));
  const apps = await Promise.all(own.map((client) => readApp(connection, client)));
  return apps.sort((a, b) => a.clientId.localeCompare(b.clientId));
}

/** One client, or undefined when the realm has none of that clientId. */
export async function findApp(connection: Connection, clientId: string): Promise<LiveApp | undefined> {
  const [client] = await connection.api.clients.find({ realm: connection.realm, clientId });
  return client && !isBuiltInClient(client.clientId) ? readApp(connection, client) : undefined;
}

async function readApp(connection: Connection, client: ClientRepresentation): Promise<LiveApp> {
  const { api, realm } = connection;
  const [scopes, roles] = await Promise.all([
    api.clients.listDefaultClientScopes({ realm, id: client.id! }),
    api.clients.listRoles({ realm, id: client.id! }),
  ]);
  const described = fromRepresentation(client, {
    defaultClientScopes: scopes.map((scope) => scope.name!).sort(),
    roles: [],
    serviceAccountRoles: [],
  }) as Client;
  const fields = APP_FIELDS.filter((field) => described[field] !== undefined).map((field) => [field, described[field]]);
  return { ...Object.fromEntries(fields), roles: roles.map((role) => role.name!).sort() } as LiveApp;
}

/** The realm's OpenID Connect discovery document: public, read without credentials. */
export async function readDiscovery(connection: Connection): Promise<Discovery> {
  const url = `${connection.url}/realms/${encodeURIComponent(connection.realm)}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ConnectionError(said("connection.noAnswer", { url: connection.url, reason }));
  }
  if (!response.ok) throw new ConnectionError(said("apps.discoveryRefused", { url, status: response.status }));
  const document = (await response.json()) as Record<string, unknown>;
  return Object.fromEntries(DISCOVERY_FIELDS.map((field) => [field, String(document[field] ?? "")])) as Discovery;
}
