import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { ensureProviderJars } from "../../build/provider-jars";
import { startPostgres, type PostgresServer } from "../../stack/database/postgres";
import { startKeycloak, type KeycloakServer } from "../../stack/keycloak";
import { freePorts } from "../../stack/ports";
import { sharedKeycloakOptions } from "../../stack/production-compose";

export interface BenchKeycloakOptions {
  /** `h2`: Keycloak's in-memory dev database (the default); `postgres`: a real PostgreSQL of the benchmark's own, empty. */
  database?: "h2" | "postgres";
  /**
   * `start-dev` (the default) or `start`, production mode as docker-compose.prod.yml runs it
   * (its shared `x-keycloak-options`, the hostname set to the server's URL).
   */
  command?: "start-dev" | "start";
  /** More `--name=value` options (e.g. production theme caching); a later one replaces an earlier one. */
  extraOptions?: string[];
  /** The CPUs of the server (`taskset -c`). */
  cpus?: string;
  /** The provider jars to serve, as they are, instead of this checkout's (built first if stale). */
  providerJars?: string[];
}

export interface BenchKeycloak extends KeycloakServer {
  /** What the figures were measured on, for the tables: "H2 (dev-mem), start-dev", "PostgreSQL 15, start"… */
  label: string;
  postgres?: PostgresServer;
}

/**
 * A Keycloak of the benchmark's own, on free ports, with the siec theme: an empty in-memory H2
 * database in dev mode unless told; on PostgreSQL, the database is started here (empty) and
 * stopped with the server. An array is the extra options alone (the older call).
 */
export async function startBenchKeycloak(options: BenchKeycloakOptions | string[] = {}): Promise<BenchKeycloak> {
  const {
    database = "h2",
    command = "start-dev",
    extraOptions = [],
    cpus,
    providerJars,
  } = Array.isArray(options) ? { extraOptions: options } : options;
  const [httpPort, managementPort, clusterPort, postgresPort] = await freePorts(4);
  const postgres =
    database === "postgres" ? await startPostgres({ instance: "bench", port: postgresPort, keep: false }) : undefined;
  const production = command === "start";
  const url = `http://localhost:${httpPort}`;
  try {
    const server = await startKeycloak({
      // Production mode is built once (`kc.sh build`) in a folder of its own: start-dev rebuilds
      // the server it runs, which a later `start --optimized` would refuse.
      instance: production ? "bench-prod" : "bench",
      parallel: true,
      providerJars: providerJars ?? (await ensureProviderJars()),
      httpPort,
      managementPort,
      command,
      database: postgres ?? "dev-mem",
      admin: { username: "admin", password: randomBytes(12).toString("base64url") },
      fixedPorts: false,
      hostPorts: [],
      ...(cpus !== undefined && { cpus }),
      // One node of the production shape: its caches (ispn) bound to 127.0.0.1, alone in its cluster.
      ...(production && { clusterPort }),
      extraOptions: production ? [...sharedKeycloakOptions(), `--hostname=${url}`, ...extraOptions] : extraOptions,
    });
    const label = `${postgres ? `PostgreSQL ${postgresVersion()}` : "H2 (dev-mem)"}, ${command}`;
    return {
      ...server,
      label,
      postgres,
      async stop(stopOptions) {
        try {
          await server.stop(stopOptions);
        } finally {
          await postgres?.stop();
        }
      },
    };
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
}

/** The major version of the PostgreSQL server programs in use (Debian's newest). */
export function postgresVersion(): string {
  try {
    return readdirSync("/usr/lib/postgresql")
      .filter((version) => /^\d+$/.test(version))
      .sort((a, b) => Number(b) - Number(a))[0]!;
  } catch {
    return "";
  }
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

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`). */
export const clockTicks = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) used so far by every live process of a process group, from
 * /proc/<pid>/stat (utime and stime). A Keycloak started here leads its own group: `server.pid`
 * is that group.
 */
export function groupCpuSeconds(group: number): number {
  let ticks = 0;
  for (const pid of groupProcesses(group)) {
    const fields = statFields(`/proc/${pid}/stat`);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / clockTicks;
}

/** The live processes of a process group. */
export function groupProcesses(group: number): string[] {
  return readdirSync("/proc").filter(
    (pid) => /^\d+$/.test(pid) && Number(statFields(`/proc/${pid}/stat`)?.[2]) === group,
  );
}

/**
 * The fields of a /proc stat file after the command name, which is in parentheses and may hold
 * spaces: [0] is the state (field 3), [2] the process group (5), [11] and [12] utime and stime
 * (14, 15). Undefined when the process or thread ended meanwhile.
 */
export function statFields(path: string): string[] | undefined {
  try {
    const stat = readFileSync(path, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}
