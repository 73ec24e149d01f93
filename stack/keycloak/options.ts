/** What every way of running Keycloak (local process, container) is started with. */
export interface ServerSettings {
  /** `start-dev` unless told (dev stack, tests); `start` is production mode, as docker-compose.prod.yml runs it. */
  command?: "start-dev" | "start";
  httpPort: number;
  managementPort: number;
  /** `dev-file` keeps accounts and settings across restarts; `dev-mem` starts empty every time. */
  database: "dev-file" | "dev-mem";
  admin: AdminCredentials;
  /** More `--name=value` options, for tests that need a feature or a shorter lifespan. */
  extraOptions?: readonly string[];
}

export interface AdminCredentials {
  username: string;
  password: string;
}

export function serverArguments(settings: ServerSettings): string[] {
  return [
    settings.command ?? "start-dev",
    `--http-port=${settings.httpPort}`,
    `--http-management-port=${settings.managementPort}`,
    "--health-enabled=true",
    `--db=${settings.database}`,
    ...(settings.extraOptions ?? []),
  ];
}

export function serverEnvironment(settings: ServerSettings): Record<string, string> {
  return {
    KC_BOOTSTRAP_ADMIN_USERNAME: settings.admin.username,
    KC_BOOTSTRAP_ADMIN_PASSWORD: settings.admin.password,
  };
}
