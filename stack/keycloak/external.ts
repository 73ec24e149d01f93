import { StackError } from "../errors";
import type { AdminCredentials } from "./options";
import type { KeycloakServer } from "./server";

/**
 * A server this project did not start (staging): `KEYCLOAK_URL` and the admin credentials.
 * `STACK_HOST_ADDRESS` names this machine as that server sees it, for the SMTP server.
 */
export async function connectExternalKeycloak(url: string, admin: AdminCredentials): Promise<KeycloakServer> {
  const base = url.replace(/\/+$/, "");
  try {
    const response = await fetch(`${base}/realms/master`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new StackError(
      `KEYCLOAK_URL=${url} does not answer as a Keycloak server (${(error as Error).message}).`,
      "Check the URL (scheme, host, port, no /auth unless the server uses it) or unset KEYCLOAK_URL to start a local server.",
    );
  }
  return {
    url: base,
    admin,
    runtime: "external",
    hostAddress: process.env.STACK_HOST_ADDRESS ?? "localhost",
    stop: async () => {},
  };
}
