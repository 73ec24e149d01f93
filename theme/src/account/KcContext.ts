import type { KcEnvName, ThemeName } from "../kc.gen";

/**
 * What Keycloak's account console (AccountConsole.java) gives the account theme's index.ftl,
 * serialized by Keycloakify's page script (theme/vite/accountTheme.ts writes that page).
 */
export type AccountKcContext = {
  themeType: "account";
  themeName: ThemeName;
  pageId: "index.ftl";
  /** `https://…` without a trailing slash; the realm's OIDC endpoints are under it. */
  serverBaseUrl: string;
  realm: { name: string };
  /** `account-console`: the public client the account space signs in with (PKCE). */
  clientId: string;
  locale: string;
  /** Language tag → its name in that language. */
  supportedLocales: Record<string, string>;
  properties: Record<KcEnvName, string>;
  /** Set when an app sent the person here (`?referrer=<clientId>`), checked by Keycloak. */
  referrerName?: string;
  referrer_uri?: string;
  updateEmailFeatureEnabled: boolean;
  updateEmailActionEnabled: boolean;
};

/** `…/realms/siec`: the realm's URL, which the extension's endpoints are under. */
export function realmUrl(kcContext: AccountKcContext): string {
  return `${kcContext.serverBaseUrl}/realms/${encodeURIComponent(kcContext.realm.name)}`;
}

/**
 * `…/realms/siec/account/`: the account space, and the base of the Account REST API. Keycloak
 * gives index.ftl this URL as a java.net.URI (`baseUrl`), which Keycloakify serializes field by
 * field: it is rebuilt from the server's URL instead.
 */
export function accountUrl(kcContext: AccountKcContext): string {
  return `${realmUrl(kcContext)}/account/`;
}
