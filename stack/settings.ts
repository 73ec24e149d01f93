import { StackError } from "./errors";
import type { AdminCredentials } from "./keycloak";

/** The dev stack's defaults; each one is overridden by the environment variable of the same line. */
export interface DevSettings {
  keycloakPort: number; // KEYCLOAK_PORT
  keycloakManagementPort: number; // KEYCLOAK_MANAGEMENT_PORT
  mailPort: number; // MAIL_PORT (web inbox)
  smtpPort: number; // SMTP_PORT
  appPort: number; // APP_PORT (example app)
  admin: AdminCredentials; // KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD
  database: "h2" | "postgres"; // KEYCLOAK_DATABASE
  postgresPort: number; // POSTGRES_PORT
  nodes: number; // KEYCLOAK_NODES: more than one is the production shape (PostgreSQL, nginx in front)
  clusterPort: number; // KEYCLOAK_CLUSTER_PORT: the first node's cluster transport, the next ones follow
  localProConnect: boolean; // LOCAL_PROCONNECT=true: a stand-in for ProConnect, offered on the sign-in page
  proConnectPort: number; // PROCONNECT_PORT
}

export function devSettings(environment: NodeJS.ProcessEnv = process.env): DevSettings {
  return {
    keycloakPort: port(environment, "KEYCLOAK_PORT", 8080),
    keycloakManagementPort: port(environment, "KEYCLOAK_MANAGEMENT_PORT", 9000),
    mailPort: port(environment, "MAIL_PORT", 1080),
    smtpPort: port(environment, "SMTP_PORT", 1025),
    appPort: port(environment, "APP_PORT", 5173),
    admin: {
      username: environment.KEYCLOAK_ADMIN || "admin",
      password: environment.KEYCLOAK_ADMIN_PASSWORD || "admin",
    },
    database: oneOf(environment, "KEYCLOAK_DATABASE", ["h2", "postgres"]),
    postgresPort: port(environment, "POSTGRES_PORT", 5432),
    nodes: nodeCount(environment),
    clusterPort: port(environment, "KEYCLOAK_CLUSTER_PORT", 7800),
    localProConnect: oneOf(environment, "LOCAL_PROCONNECT", ["false", "true"]) === "true",
    proConnectPort: port(environment, "PROCONNECT_PORT", 8090),
  };
}

function oneOf<const Value extends string>(
  environment: NodeJS.ProcessEnv,
  variable: string,
  values: readonly [Value, ...Value[]],
): Value {
  const value = environment[variable];
  if (value === undefined || value === "") return values[0];
  if (!(values as readonly string[]).includes(value))
    throw new StackError(
      `${variable}=${value} is not one of ${values.join(", ")}.`,
      `Use ${values.join(" or ")}, or unset ${variable}.`,
    );
  return value as Value;
}

function nodeCount(environment: NodeJS.ProcessEnv): number {
  const value = environment.KEYCLOAK_NODES;
  if (value === undefined || value === "") return 1;
  const nodes = Number(value);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 4)
    throw new StackError(`KEYCLOAK_NODES=${value} is not a number of nodes.`, "Use 1 (the default), 2, 3 or 4.");
  return nodes;
}

function port(environment: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const value = environment[variable];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new StackError(
      `${variable}=${value} is not a port number.`,
      `Use a whole number from 1 to 65535, or unset ${variable}.`,
    );
  }
  return parsed;
}
