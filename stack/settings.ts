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
  };
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
