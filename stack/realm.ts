import path from "node:path";
import { applyFolder, chooseLanguage, describeFailure, type RealmConfig } from "@siec/admin-scripts";
import { StackError } from "./errors";
import type { AdminCredentials } from "./keycloak";
import { repoRoot } from "./paths";

export const realmConfigDir = path.join(repoRoot, "realm-config");

/**
 * Applies realm-config/ to the server as the bootstrap admin, as `siec-portail apply --yes` does:
 * the first start creates the realm, later ones bring back whatever drifted. `variables`: the
 * values of realm-config's variables it was applied with.
 */
export async function applyRealmConfig(
  server: { url: string; admin: AdminCredentials },
  environment: Record<string, string | undefined>,
): Promise<{ config: RealmConfig; changes: number; variables: Record<string, string> }> {
  try {
    const { config, report, variables } = await applyFolder({
      directory: realmConfigDir,
      environment,
      url: server.url,
      credentials: { kind: "admin", ...server.admin },
    });
    return { config, changes: report.done.length, variables };
  } catch (error) {
    // An apply that stopped, a realm-config refused, a server that refused: in the words the CLI says them here.
    const words = describeFailure(error, chooseLanguage([], process.env));
    if (words !== undefined) throw new StackError(words);
    throw error;
  }
}
