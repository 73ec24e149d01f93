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
  return pinned("KEYCLOAK_VERSION");
}

/** The patch production ran before the pinned version: the upgrade test starts on it. */
export function upgradeFromVersion(): string {
  return pinned("KEYCLOAK_UPGRADE_FROM");
}

function pinned(name: "KEYCLOAK_VERSION" | "KEYCLOAK_UPGRADE_FROM"): string {
  const version = process.env[name] || parseEnv(readFileSync(envFilePath, "utf8"))[name];
  if (!version) throw new Error(`${name} is missing from ${envFilePath}`);
  return version;
}
