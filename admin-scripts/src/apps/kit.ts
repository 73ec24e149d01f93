/**
 * The integration kit of one app: what its developers paste into their code (keycloak-js
 * configuration, OIDC endpoints) and what the portal expects of them (redirect URIs, scopes,
 * roles). Pure: the live values are read by ./live.ts.
 */
import type { Client } from "../clients/schema";
import { t } from "../messages";

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

export interface IntegrationKit {
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
    client_secret?: string;
  };
  /** For a server app: the variables of the guide's example, values filled in. */
  environment?: Record<string, string>;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  webOrigins: string[];
  defaultClientScopes: string[];
  roles: string[];
  /** What looks wrong in the client for the way it is meant to be used. */
  warnings: string[];
}

export class NotAnApp extends Error {}

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
    throw new NotAnApp(t("apps.serviceAccount", { clientId: app.clientId }));
  }
  const warnings: string[] = [];
  if (!app.enabled) warnings.push(t("apps.warning.disabled", { clientId: app.clientId }));
  if (app.redirectUris.length === 0) warnings.push(t("apps.warning.noRedirectUri"));
  if (app.postLogoutRedirectUris.length === 0) warnings.push(t("apps.warning.noPostLogoutUri"));
  if (app.pkce !== "S256") warnings.push(t("apps.warning.noPkce"));

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
    if (!silentCheckSso) warnings.push(t("apps.warning.noSilentCheckSso", { uri: silentUri }));
    if (appOrigin && app.webOrigins.length === 0) warnings.push(t("apps.warning.noWebOrigin", { origin: appOrigin }));
    kit.keycloakJs = {
      config: { url: serverUrlOf(discovery.issuer, realm), realm, clientId: app.clientId },
      initOptions: { onLoad: "check-sso", pkceMethod: "S256", silentCheckSsoRedirectUri: silentUri },
    };
  } else {
    oidc.client_secret = t("apps.secretNotPrinted", { variable: CLIENT_SECRET_VARIABLE, clientId: app.clientId });
    kit.environment = {
      OIDC_ISSUER: discovery.issuer,
      OIDC_CLIENT_ID: app.clientId,
      [CLIENT_SECRET_VARIABLE]: t("apps.secretPlaceholder", { clientId: app.clientId }),
      OIDC_REDIRECT_URI: app.redirectUris[0] ?? "",
      OIDC_POST_LOGOUT_REDIRECT_URI: app.postLogoutRedirectUris[0] ?? "",
    };
  }
  return kit;
}

const TYPE_LABEL = { public: "apps.type.public", confidential: "apps.type.confidential" } as const;

function table(rows: [string, string | string[]][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.flatMap(([label, value]) => {
    const values = Array.isArray(value) ? (value.length > 0 ? value : ["-"]) : [value];
    return values.map((item, index) => `  ${(index === 0 ? label : "").padEnd(width)}  ${item}`);
  });
}

const indent = (text: string) => text.replace(/^/gm, "  ");

/** The kit as an operator reads it and a developer copies from it. */
export function renderKit(kit: IntegrationKit): string {
  const lines = [`${kit.name} (${kit.clientId}): ${t(TYPE_LABEL[kit.type])}`];
  if (kit.description) lines.push(`  ${kit.description}`);
  if (kit.keycloakJs) {
    lines.push(
      "",
      "keycloak-js",
      indent(`const keycloak = new Keycloak(${JSON.stringify(kit.keycloakJs.config, null, 2)});`),
      indent(`await keycloak.init(${JSON.stringify(kit.keycloakJs.initOptions, null, 2)});`),
    );
  }
  lines.push(
    "",
    "OpenID Connect",
    ...table([
      ...DISCOVERY_FIELDS.map((field): [string, string] => [field, kit.oidc[field]]),
      ["client_id", kit.oidc.client_id],
      ["token_endpoint_auth_method", kit.oidc.token_endpoint_auth_method],
      ["code_challenge_method", kit.oidc.code_challenge_method],
      ...(kit.oidc.client_secret ? [["client_secret", kit.oidc.client_secret] as [string, string]] : []),
    ]),
  );
  if (kit.environment) {
    lines.push(
      "",
      t("apps.kit.environment"),
      ...Object.entries(kit.environment).map(([name, value]) => `  ${name}=${value}`),
    );
  }
  lines.push(
    "",
    t("apps.kit.client"),
    ...table([
      [t("apps.kit.redirectUris"), kit.redirectUris],
      [t("apps.kit.postLogoutRedirectUris"), kit.postLogoutRedirectUris],
      [t("apps.kit.webOrigins"), kit.webOrigins],
      [t("apps.kit.defaultClientScopes"), kit.defaultClientScopes.join(", ") || "-"],
      [t("apps.kit.clientRoles"), kit.roles.join(", ") || "-"],
    ]),
  );
  if (kit.warnings.length > 0)
    lines.push("", t("apps.kit.warnings"), ...kit.warnings.map((warning) => `  ! ${warning}`));
  return lines.join("\n");
}

/** `apps list`: one line an app. */
export function renderAppList(apps: LiveApp[], realm: string): string {
  if (apps.length === 0) return t("apps.list.none", { realm });
  const rows = apps.map((app) => [
    app.clientId,
    app.type,
    app.rootUrl ?? app.redirectUris[0] ?? "-",
    app.enabled ? app.name : t("apps.list.disabled", { name: app.name }),
  ]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return [
    t("apps.list.count", { count: apps.length, realm }),
    ...rows.map(
      (row) =>
        `  ${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell)).join("  ")}`,
    ),
  ].join("\n");
}

/** The error for a clientId the realm does not have, naming those it has. */
export function unknownClientMessage(clientId: string, realm: string, existing: string[]): string {
  return existing.length > 0
    ? t("apps.unknownClient", { clientId, realm, existing: existing.join(", ") })
    : t("apps.unknownClientInEmptyRealm", { clientId, realm });
}
