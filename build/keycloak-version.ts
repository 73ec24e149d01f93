import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";

/** The repository's `.env`: the one place the Keycloak version is written (docker-compose.yml reads it too). */
export const envFilePath = fileURLToPath(new URL("../.env", import.meta.url));

/**
 * The pinned Keycloak version, read from the repository's `.env` (the file docker-compose.yml also
 * reads). Like Compose, a KEYCLOAK_VERSION variable in the environment takes precedence.
 */
export function keycloakVersion(): string {
  const pinned = parseEnv(readFileSync(envFilePath, "utf8")).KEYCLOAK_VERSION;
  const version = process.env.KEYCLOAK_VERSION || pinned;
  if (!version) throw new Error(`KEYCLOAK_VERSION is missing from ${envFilePath}`);
  return version;
}
