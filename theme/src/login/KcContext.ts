import type { ExtendKcContext } from "keycloakify/login";
import type { PasswordPolicies } from "keycloakify/login/KcContext";
import type { KcEnvName, ThemeName } from "../kc.gen";

export type KcContextExtension = {
  themeName: ThemeName;
  properties: Record<KcEnvName, string>;
};

/** What Keycloak 26 really sends (PasswordPoliciesBean) and Keycloakify does not type. */
export type LivePasswordPolicies = PasswordPolicies & { passwordHistory?: number; maxLength?: number };

/** Keycloak 26 names the provider being linked by its display name too (idpAlias is its alias, capitalized). */
type LinkedProvider = { idpDisplayName: string };

export type KcContextExtensionPerPage = {
  "login-update-password.ftl": { passwordPolicies?: LivePasswordPolicies };
  "login-update-profile.ftl": { passwordPolicies?: LivePasswordPolicies };
  "login-idp-link-confirm.ftl": LinkedProvider;
  "login-idp-link-email.ftl": LinkedProvider;
};

export type KcContext = ExtendKcContext<KcContextExtension, KcContextExtensionPerPage>;

export type PageContext<PageId extends KcContext["pageId"]> = Extract<KcContext, { pageId: PageId }>;
