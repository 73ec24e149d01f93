import { Button } from "@codegouvfr/react-dsfr/Button";
import type { I18n } from "../i18n";
import { isKeycloakMessage } from "../keycloakMessage";
import type { KcContext } from "../KcContext";
import { Layout } from "../Layout";

// Keycloak's messages for a link (reset, invitation, verification) that expired or was already used.
const expiredLinkMessages = [
  "expiredActionMessage",
  "expiredActionTokenNoSessionMessage",
  "expiredActionTokenSessionExistsMessage",
] as const;

/**
 * Whether Keycloak's message says an e-mailed link expired or was used. Keycloak shows it on its
 * error page, or on the sign-in page when the browser still has a sign-in session.
 */
export function isExpiredLink(message: KcContext["message"], i18n: I18n): boolean {
  return expiredLinkMessages.some((key) => isKeycloakMessage(message, i18n, key));
}

/** The page for an expired or used link: what happened, and a button to receive a new one. */
export function ExpiredLink(props: { kcContext: KcContext; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;
  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("expiredLinkTitle")} displayMessage={false}>
      <p>{msgStr("expiredLinkExplanation")}</p>
      <Button linkProps={{ href: resetCredentialsUrl(kcContext.url.loginUrl) }}>{msgStr("expiredLinkNewLink")}</Button>
    </Layout>
  );
}

/** The reset page of the same realm and client: Keycloak's sign-in URL with the other action. */
function resetCredentialsUrl(loginUrl: string): string {
  return loginUrl.replace("/login-actions/authenticate", "/login-actions/reset-credentials");
}
