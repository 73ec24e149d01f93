import type { PageContext } from "./KcContext";

/**
 * Whether the sign-in page asks the password of an existing account to link it to the identity
 * provider the person just used (Keycloak's first-broker-login, "Username Password Form for
 * identity provider reauthentication"): the only sign-in page Keycloak sends with registration
 * disabled while the e-mail field stays shown (the other hides it, the person being known).
 */
export function isLinkingAccount(kcContext: Pick<PageContext<"login.ftl">, "registrationDisabled" | "usernameHidden">) {
  return kcContext.registrationDisabled === true && kcContext.usernameHidden !== true;
}
