import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { watchRequests, type RequestStats } from "./http";
import { targetedStack } from "./local-stack";
import { said, SaidError } from "../messages/said";

export type Credentials =
  | { kind: "service-account"; clientId: string; clientSecret: string }
  | { kind: "admin"; username: string; password: string };

export interface ConnectionOptions {
  url: string;
  /** The realm the commands work on. */
  realm: string;
  credentials: Credentials;
}

export interface Connection {
  api: KeycloakAdminClient;
  stats: RequestStats;
  realm: string;
  url: string;
}

export class ConnectionError extends SaidError {}

/**
 * KEYCLOAK_URL, then either the CLI's service account (KEYCLOAK_CLIENT_ID and
 * KEYCLOAK_CLIENT_SECRET, in the managed realm) or the bootstrap admin of the master realm
 * (KEYCLOAK_ADMIN and KEYCLOAK_ADMIN_PASSWORD), for the first run. Without KEYCLOAK_URL, the
 * stack `npm start` runs here, if any (`stackFile` says so), with its admin unless others are given.
 */
export function connectionFromEnvironment(
  realm: string,
  environment: NodeJS.ProcessEnv = process.env,
): ConnectionOptions & { stackFile?: string } {
  const url = environment.KEYCLOAK_URL;
  if (url) return { url, realm, credentials: credentialsFromEnvironment(environment) };
  const local = targetedStack(environment);
  if (!local) throw new ConnectionError(said("connection.noUrl"));
  const { admin } = local.stack.keycloak;
  const given = hasCredentials(environment);
  return {
    url: local.stack.keycloak.url,
    realm,
    credentials: given ? credentialsFromEnvironment(environment) : { kind: "admin", ...admin },
    stackFile: local.file,
  };
}

function hasCredentials(environment: NodeJS.ProcessEnv): boolean {
  const { KEYCLOAK_CLIENT_ID, KEYCLOAK_CLIENT_SECRET, KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD } = environment;
  return Boolean((KEYCLOAK_CLIENT_ID && KEYCLOAK_CLIENT_SECRET) || (KEYCLOAK_ADMIN && KEYCLOAK_ADMIN_PASSWORD));
}

function credentialsFromEnvironment(environment: NodeJS.ProcessEnv): Credentials {
  const { KEYCLOAK_CLIENT_ID, KEYCLOAK_CLIENT_SECRET, KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD } = environment;
  if (KEYCLOAK_CLIENT_ID && KEYCLOAK_CLIENT_SECRET)
    return { kind: "service-account", clientId: KEYCLOAK_CLIENT_ID, clientSecret: KEYCLOAK_CLIENT_SECRET };
  if (KEYCLOAK_ADMIN && KEYCLOAK_ADMIN_PASSWORD)
    return { kind: "admin", username: KEYCLOAK_ADMIN, password: KEYCLOAK_ADMIN_PASSWORD };
  throw new ConnectionError(said("connection.noCredentials"));
}

/**
 * An admin client that gets its own tokens and renews them before they expire: the admin client
 * does not refresh client-credentials tokens by itself, and a long import outlives a token.
 */
export function connect(options: ConnectionOptions): Connection {
  const url = options.url.replace(/\/+$/, "");
  const stats = watchRequests(url);
  const api = new KeycloakAdminClient({ baseUrl: url, realmName: options.realm });
  let token: { value: string; renewAt: number } | undefined;
  api.registerTokenProvider({
    async getAccessToken() {
      if (!token || Date.now() >= token.renewAt) token = await requestToken(url, options);
      return token.value;
    },
  });
  return { api, stats, realm: options.realm, url };
}

async function requestToken(url: string, options: ConnectionOptions): Promise<{ value: string; renewAt: number }> {
  const { credentials } = options;
  const tokenRealm = credentials.kind === "admin" ? "master" : options.realm;
  const form: Record<string, string> =
    credentials.kind === "admin"
      ? {
          grant_type: "password",
          client_id: "admin-cli",
          username: credentials.username,
          password: credentials.password,
        }
      : { grant_type: "client_credentials", client_id: credentials.clientId, client_secret: credentials.clientSecret };
  let response: Response;
  try {
    response = await fetch(`${url}/realms/${tokenRealm}/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams(form),
    });
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ConnectionError(said("connection.noAnswer", { url, reason }));
  }
  if (!response.ok) {
    const who =
      credentials.kind === "admin"
        ? said("connection.admin", { username: credentials.username })
        : said("connection.serviceAccount", { clientId: credentials.clientId, realm: options.realm });
    throw new ConnectionError(
      said("connection.refused", { who, status: response.status, body: await response.text() }),
    );
  }
  const body = (await response.json()) as { access_token: string; expires_in: number };
  // Renew at two thirds of the lifespan, so a request never leaves with a token about to expire.
  return { value: body.access_token, renewAt: Date.now() + (body.expires_in * 1000 * 2) / 3 };
}
