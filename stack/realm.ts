import path from "node:path";
import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { loadRealmConfigFiles } from "../admin-scripts/src/config/load";
import type { KeycloakServer } from "./keycloak";
import { repoRoot } from "./paths";

export const realmConfigDir = path.join(repoRoot, "realm-config");

export async function adminClient(server: KeycloakServer): Promise<KeycloakAdminClient> {
  const client = new KeycloakAdminClient({ baseUrl: server.url, realmName: "master" });
  await client.auth({ grantType: "password", clientId: "admin-cli", ...server.admin });
  return client;
}

/**
 * Creates the realm from `realm-config/` when the server does not have it yet; an existing realm
 * is left as it is.
 */
export async function importRealmIfMissing(
  server: KeycloakServer,
  environment: Record<string, string | undefined>,
): Promise<{ realm: string; clients: ClientRepresentation[]; created: boolean }> {
  const files = await loadRealmConfigFiles(realmConfigDir, environment);
  const realm = files.realm.content as RealmRepresentation & { realm: string };
  const clients = files.clients.map((file) => file.content as ClientRepresentation);
  const admin = await adminClient(server);
  if (await admin.realms.findOne({ realm: realm.realm })) return { realm: realm.realm, clients, created: false };
  await admin.realms.create({ ...realm, clients });
  return { realm: realm.realm, clients, created: true };
}
