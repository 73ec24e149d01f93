import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPostgres } from "../../stack/database/postgres";
import type { ServerSettings } from "../../stack/keycloak/options";
import { freePorts } from "../../stack/ports";

/** The database the run's Keycloak servers use: `KEYCLOAK_DATABASE=postgres npm test` runs them on PostgreSQL. */
export const testDatabaseKind = process.env.KEYCLOAK_DATABASE === "postgres" ? "postgres" : "h2";

/**
 * A database of a test's own Keycloak that keeps its state across a restart of that Keycloak: a
 * PostgreSQL server of its own on a PostgreSQL run, an H2 file otherwise.
 */
export async function ownDatabase(
  instance: string,
): Promise<{ settings: Pick<ServerSettings, "database" | "extraOptions">; stop(): Promise<void> }> {
  if (testDatabaseKind === "postgres") {
    const [port] = await freePorts(1);
    const postgres = await startPostgres({ instance, port, keep: false });
    return { settings: { database: postgres }, stop: postgres.stop };
  }
  const directory = await mkdtemp(path.join(tmpdir(), "keycloak-db-"));
  return {
    settings: {
      database: "dev-file",
      extraOptions: [`--db-url=jdbc:h2:file:${directory}/keycloakdb;NON_KEYWORDS=VALUE`],
    },
    stop: async () => {},
  };
}
