import type { ExtendKcContext } from "keycloakify/login";
import type { PasswordPolicies } from "keycloakify/login/KcContext";
import type { KcEnvName, ThemeName } from "../kc.gen";

export type KcContextExtension = {
  themeName: ThemeName;
  properties: Record<KcEnvName, string>;
};

/** What Keycloak 26 really sends (PasswordPoliciesBean) and Keycloakify does not type. */
export type LivePasswordPolicies = PasswordPolicies & { passwordHistory?: number; maxLength?: number };

export type KcContextExtensionPerPage = {
  "login-update-password.ftl": { passwordPolicies?: LivePasswordPolicies };
  "login-update-profile.ftl": { passwordPolicies?: LivePasswordPolicies };
};

export type KcContext = ExtendKcContext<KcContextExtension, KcContextExtensionPerPage>;

export type PageContext<PageId extends KcContext["pageId"]> = Extract<KcContext, { pageId: PageId }>;
