import { keycloakOptions } from "../production-compose";

/**
 * What every Keycloak of the portal runs with, in development, in the tests and in production
 * alike, written as Keycloak's environment: each server this project starts gets them as options,
 * and docker-compose.yml and docker-compose.prod.yml (`x-keycloak-options`) carry the same lines
 * (tests/docker-compose.test.ts and tests/deploy/production-compose.test.ts check that they do).
 */
export const PORTAL_KEYCLOAK_ENVIRONMENT = {
  // What the realm's `email` event listener (realm.yaml `events.listeners`) mails to the person: a
  // password or a second factor set, changed or removed. Never LOGIN_ERROR, which Keycloak mails by
  // default: anyone typing wrong passwords would flood the person's mailbox (SECURITY.md, §6).
  // Nor UPDATE_PASSWORD, UPDATE_TOTP, REMOVE_TOTP: Keycloak 26 sends each of them beside these two,
  // as deprecated doubles, so every change would be mailed twice.
  KC_SPI_EVENTS_LISTENER__EMAIL__INCLUDE_EVENTS: "UPDATE_CREDENTIAL,REMOVE_CREDENTIAL",
  // Metrics at /metrics on the management port only, never through the proxy: Keycloak's own, the
  // extension's counters (contract/src/portal-metrics.ts), and these user events per realm and app
  // (five apps: few series), a failure being the same event with its error.
  KC_METRICS_ENABLED: "true",
  KC_EVENT_METRICS_USER_ENABLED: "true",
  KC_EVENT_METRICS_USER_TAGS: "realm,clientId",
  KC_EVENT_METRICS_USER_EVENTS:
    "login,code_to_token,refresh_token,logout,send_reset_password,reset_password,execute_action_token,update_credential,remove_credential",
  // Request durations counted below each of these milliseconds, for the dashboard's latency.
  KC_HTTP_METRICS_SLOS: "100,250,500,1000,2500,5000",
} as const;

/** What every way of running Keycloak (local process, container) is started with. */
export interface ServerSettings {
  /**
   * `start-dev` unless told (dev stack, tests); `start` is production mode, as docker-compose.prod.yml
   * runs it: a local server is then built once (`kc.sh build`) and started `--optimized`.
   */
  command?: "start-dev" | "start";
  httpPort: number;
  managementPort: number;
  /** `dev-file` keeps accounts and settings across restarts; `dev-mem` starts empty every time. */
  database: "dev-file" | "dev-mem" | PostgresDatabase;
  admin: AdminCredentials;
  /**
   * A node of a cluster on this machine: distributed caches (ispn, discovery through the database),
   * its transport bound to 127.0.0.1 on this port, never to the default site-local address.
   */
  clusterPort?: number;
  /** More `--name=value` options, for tests that need a feature or a shorter lifespan. */
  extraOptions?: readonly string[];
}

export interface PostgresDatabase {
  jdbcUrl: string;
  username: string;
  password: string;
}

export interface AdminCredentials {
  username: string;
  password: string;
}

export function serverArguments(settings: ServerSettings): string[] {
  const { database } = settings;
  const options = [
    `--http-port=${settings.httpPort}`,
    `--http-management-port=${settings.managementPort}`,
    "--health-enabled=true",
    ...(typeof database === "string"
      ? [`--db=${database}`]
      : ["--db=postgres", `--db-url=${database.jdbcUrl}`, `--db-username=${database.username}`]),
    ...(settings.clusterPort === undefined
      ? []
      : [
          "--cache=ispn",
          "--cache-embedded-network-bind-address=127.0.0.1",
          `--cache-embedded-network-bind-port=${settings.clusterPort}`,
        ]),
    ...keycloakOptions(PORTAL_KEYCLOAK_ENVIRONMENT),
    ...(settings.extraOptions ?? []),
  ];
  // Keycloak refuses an option given twice: a later one (the extra options) replaces an earlier one.
  const byName = new Map(options.map((option) => [option.split("=")[0], option]));
  return [settings.command ?? "start-dev", ...byName.values()];
}

/** Secrets go through the environment, never the command line (`ps` shows it to every user). */
export function serverEnvironment(settings: ServerSettings): Record<string, string> {
  return {
    KC_BOOTSTRAP_ADMIN_USERNAME: settings.admin.username,
    KC_BOOTSTRAP_ADMIN_PASSWORD: settings.admin.password,
    ...(typeof settings.database === "object" && { KC_DB_PASSWORD: settings.database.password }),
  };
}

/** The options `kc.sh build` fixes in the server; the others are given at each start. */
const BUILD_OPTIONS = new Set([
  "db",
  "cache",
  "cache-stack",
  "health-enabled",
  "metrics-enabled",
  "event-metrics-user-enabled",
  "features",
  "features-disabled",
  "http-relative-path",
  "transaction-xa-enabled",
]);

/** `start` arguments split for a server built once: `kc.sh build <build>`, then `kc.sh start --optimized <start>`. */
export function optimizedArguments(args: readonly string[]): { build: string[]; start: string[] } {
  const [command, ...options] = args;
  if (command !== "start") throw new Error(`only production mode (start) is built ahead, not ${command}`);
  const isBuildOption = (option: string) => BUILD_OPTIONS.has(option.replace(/^--/, "").split("=")[0]!);
  return {
    build: ["build", ...options.filter(isBuildOption)],
    start: ["start", "--optimized", ...options.filter((option) => !isBuildOption(option))],
  };
}
