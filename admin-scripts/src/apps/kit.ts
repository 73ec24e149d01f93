/**
 * The integration kit of one app: what its developers paste into their code (keycloak-js
 * configuration, OIDC endpoints) and what the portal expects of them (redirect URIs, scopes,
 * roles). Pure: the live values are read by ./live.ts.
 */
import type { Client } from "../clients/schema";
import { said, SaidError, type Said } from "../messages/said";

/** What an app's kit needs of a client, in the words of realm-config/clients/<app>.yaml. */
export const APP_FIELDS = [
  "clientId",
  "name",
  "description",
  "type",
  "enabled",
  "rootUrl",
  "redirectUris",
  "postLogoutRedirectUris",
  "webOrigins",
  "pkce",
  "defaultClientScopes",
] as const satisfies (keyof Client)[];

/** A client of the live realm, its roles by name. */
export type LiveApp = Pick<Client, (typeof APP_FIELDS)[number]> & { roles: string[] };

/** The fields of `/realms/{realm}/.well-known/openid-configuration` an app needs. */
export const DISCOVERY_FIELDS = [
  "issuer",
  "authorization_endpoint",
  "token_endpoint",
  "userinfo_endpoint",
  "end_session_endpoint",
  "jwks_uri",
] as const;
export type Discovery = Record<(typeof DISCOVERY_FIELDS)[number], string>;

export const SILENT_CHECK_SSO_PAGE = "silent-check-sso.html";

/** The variable a server app reads its secret from; the CLI never reads nor prints the secret. */
export const CLIENT_SECRET_VARIABLE = "OIDC_CLIENT_SECRET";

/** An app's kit; what it says to the operator (`Text`) is `Said` until a command words it. */
export interface IntegrationKit<Text = Said> {
  clientId: string;
  name: string;
  description: string;
  type: Exclude<Client["type"], "service-account">;
  enabled: boolean;
  /** For a single-page app (public client) only. */
  keycloakJs?: {
    config: { url: string; realm: string; clientId: string };
    initOptions: { onLoad: "check-sso"; pkceMethod: "S256"; silentCheckSsoRedirectUri: string };
  };
  oidc: Discovery & {
    client_id: string;
    /** `none` for a public client (PKCE instead of a secret), `client_secret_basic` otherwise. */
    token_endpoint_auth_method: "none" | "client_secret_basic";
    code_challenge_method: "S256";
    /** Where the secret comes from, never its value. */
    client_secret?: Text;
  };
  /** For a server app: the variables of the guide's example, values filled in. */
  environment?: Record<string, string | Text>;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  webOrigins: string[];
  defaultClientScopes: string[];
  roles: string[];
  /** What looks wrong in the client for the way it is meant to be used. */
  warnings: Text[];
}

export class NotAnApp extends SaidError {}

/** `https://sso.example/realms/siec` → `https://sso.example`: the URL browsers reach Keycloak at. */
export function serverUrlOf(issuer: string, realm: string): string {
  const suffix = `/realms/${encodeURIComponent(realm)}`;
  return issuer.endsWith(suffix) ? issuer.slice(0, -suffix.length) : issuer.replace(/\/realms\/[^/]+\/?$/, "");
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

export function integrationKit(app: LiveApp, realm: string, discovery: Discovery): IntegrationKit {
  if (app.type === "service-account") {
    throw new NotAnApp(said("apps.serviceAccount", { clientId: app.clientId }));
  }
  const warnings: Said[] = [];
  if (!app.enabled) warnings.push(said("apps.warning.disabled", { clientId: app.clientId }));
  if (app.redirectUris.length === 0) warnings.push(said("apps.warning.noRedirectUri"));
  if (app.postLogoutRedirectUris.length === 0) warnings.push(said("apps.warning.noPostLogoutUri"));
  if (app.pkce !== "S256") warnings.push(said("apps.warning.noPkce"));

  const silentCheckSso = app.redirectUris.find((uri) => uri.endsWith(`/${SILENT_CHECK_SSO_PAGE}`));
  const appOrigin = originOf(silentCheckSso ?? app.rootUrl ?? app.redirectUris[0] ?? "");
  const oidc: IntegrationKit["oidc"] = {
    ...discovery,
    client_id: app.clientId,
    token_endpoint_auth_method: app.type === "public" ? "none" : "client_secret_basic",
    code_challenge_method: "S256",
  };
  const kit: IntegrationKit = {
    clientId: app.clientId,
    name: app.name,
    description: app.description,
    type: app.type,
    enabled: app.enabled,
    oidc,
    redirectUris: app.redirectUris,
    postLogoutRedirectUris: app.postLogoutRedirectUris,
    webOrigins: app.webOrigins,
    defaultClientScopes: app.defaultClientScopes,
    roles: app.roles,
    warnings,
  };

  if (app.type === "public") {
    const silentUri = silentCheckSso ?? `${appOrigin ?? "https://<app>"}/${SILENT_CHECK_SSO_PAGE}`;
    if (!silentCheckSso) warnings.push(said("apps.warning.noSilentCheckSso", { uri: silentUri }));
    if (appOrigin && app.webOrigins.length === 0)
      warnings.push(said("apps.warning.noWebOrigin", { origin: appOrigin }));
    kit.keycloakJs = {
      config: { url: serverUrlOf(discovery.issuer, realm), realm, clientId: app.clientId },
      initOptions: { onLoad: "check-sso", pkceMethod: "S256", silentCheckSsoRedirectUri: silentUri },
    };
  } else {
    oidc.client_secret = said("apps.secretNotPrinted", { variable: CLIENT_SECRET_VARIABLE, clientId: app.clientId });
    kit.environment = {
      OIDC_ISSUER: discovery.issuer,
      OIDC_CLIENT_ID: app.clientId,
      [CLIENT_SECRET_VARIABLE]: said("apps.secretPlaceholder", { clientId: app.clientId }),
      OIDC_REDIRECT_URI: app.redirectUris[0] ?? "",
      OIDC_POST_LOGOUT_REDIRECT_URI: app.postLogoutRedirectUris[0] ?? "",
    };
  }
  return kit;
}

/** The error for a clientId the realm does not have, naming those it has. */
export function unknownClientMessage(clientId: string, realm: string, existing: string[]): Said {
  return existing.length > 0
    ? said("apps.unknownClient", { clientId, realm, existing: existing.join(", ") })
    : said("apps.unknownClientInEmptyRealm", { clientId, realm });
}
