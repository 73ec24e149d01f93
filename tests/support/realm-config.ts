import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadRealmConfig, type RealmConfig } from "../../admin-scripts/src/config/realm-config";
import { connect, type Connection } from "../../admin-scripts/src/keycloak/connection";
import { realmConfigDir } from "../../stack/realm";

/** A copy of the project's realm-config/ declaring a realm of another name, so a test has its own. */
export async function realmConfigCopy(realm: string): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), `realm-config-${realm}-`));
  await cp(realmConfigDir, directory, { recursive: true });
  const realmFile = path.join(directory, "realm.yaml");
  await writeFile(realmFile, (await readFile(realmFile, "utf8")).replace(/^realm: siec$/m, `realm: ${realm}`));
  return directory;
}

export function uniqueRealm(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

export async function loadConfig(directory: string, environment: Record<string, string> = {}): Promise<RealmConfig> {
  return loadRealmConfig(directory, environment);
}

export function adminConnection(url: string, realm: string, admin: { username: string; password: string }): Connection {
  return connect({ url, realm, credentials: { kind: "admin", ...admin } });
}
