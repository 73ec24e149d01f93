import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { repoRoot } from "../paths";

/**
 * The pinned Keycloak version, read from the repository's `.env` (the file docker-compose.yml also
 * reads). Like Compose, a KEYCLOAK_VERSION variable in the environment takes precedence.
 */
export function keycloakVersion(): string {
  const pinned = parseEnv(readFileSync(path.join(repoRoot, ".env"), "utf8")).KEYCLOAK_VERSION;
  const version = process.env.KEYCLOAK_VERSION || pinned;
  if (!version) throw new Error(`KEYCLOAK_VERSION is missing from ${path.join(repoRoot, ".env")}`);
  return version;
}
