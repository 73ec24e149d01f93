import { DISCOVERY_FIELDS, type IntegrationKit, type LiveApp } from "../apps/kit";
import { say, t } from "../messages";

/** The kit in the run's language: what `apps config --json` prints and `renderKit` lays out. */
export function spokenKit(kit: IntegrationKit): IntegrationKit<string> {
  const {
    oidc: { client_secret, ...oidc },
    environment,
    warnings,
    ...rest
  } = kit;
  return {
    ...rest,
    oidc: { ...oidc, ...(client_secret && { client_secret: say(client_secret) }) },
    ...(environment && {
      environment: Object.fromEntries(
        Object.entries(environment).map(([name, value]) => [name, typeof value === "string" ? value : say(value)]),
      ),
    }),
    warnings: warnings.map(say),
  };
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
export function renderKit(kit: IntegrationKit<string>): string {
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
