import path from "node:path";
import { loadRealmConfig, type RealmConfig } from "../admin-scripts/src/config/realm-config";
import { connect } from "../admin-scripts/src/keycloak/connection";
import { apply } from "../admin-scripts/src/reconcile/apply";
import { StackError } from "./errors";
import type { KeycloakServer } from "./keycloak";
import { repoRoot } from "./paths";

export const realmConfigDir = path.join(repoRoot, "realm-config");

/**
 * Applies realm-config/ to the server as the bootstrap admin, as `siec-portail apply --yes` does:
 * the first start creates the realm, later ones bring back whatever drifted.
 */
export async function applyRealmConfig(
  server: KeycloakServer,
  environment: Record<string, string | undefined>,
): Promise<{ config: RealmConfig; changes: number }> {
  const config = await loadRealmConfig(realmConfigDir, environment);
  const connection = connect({
    url: server.url,
    realm: config.realm.realm,
    credentials: { kind: "admin", ...server.admin },
  });
  const report = await apply(connection, config);
  if (report.failed) {
    throw new StackError(`Applying realm-config/ stopped while ${report.failed.during}: ${report.failed.message}`);
  }
  return { config, changes: report.done.length };
}
