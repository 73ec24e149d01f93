import { randomBytes } from "node:crypto";
import { ensureProviderJars } from "../../build/provider-jars";
import { startKeycloak, type KeycloakServer } from "../../stack/keycloak";
import { freePorts } from "../../stack/ports";

/**
 * A Keycloak of the benchmark's own: empty in-memory database, free ports, the siec theme; more
 * options (e.g. production theme caching) when asked.
 */
export async function startBenchKeycloak(extraOptions: string[] = []): Promise<KeycloakServer> {
  const [httpPort, managementPort] = await freePorts(2);
  return startKeycloak({
    instance: "bench",
    parallel: true,
    providerJars: await ensureProviderJars(),
    httpPort,
    managementPort,
    database: "dev-mem",
    admin: { username: "admin", password: randomBytes(12).toString("base64url") },
    fixedPorts: false,
    hostPorts: [],
    extraOptions,
  });
}

/** Milliseconds taken by `work`, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export function printTable(title: string, rows: (string | number)[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  console.log(`\n${title}`);
  for (const row of rows) console.log(row.map((cell, column) => String(cell).padEnd(widths[column]!)).join("  "));
}
