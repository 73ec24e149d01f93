import { Button } from "@codegouvfr/react-dsfr/Button";
import { KcHtml } from "../components/KcHtml";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Template";

// Keycloak's messages for a link (reset, invitation, verification) that expired or was already used.
const expiredLinkMessages = [
  "expiredActionMessage",
  "expiredActionTokenNoSessionMessage",
  "expiredActionTokenSessionExistsMessage",
] as const;

export default function ErrorPage(props: { kcContext: PageContext<"error.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { message, client, skipLink, url } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;
  const summary = advancedMsgStr(message.summary);
  const isExpiredLink = expiredLinkMessages.some((key) => msgStr(key) === summary);

  if (isExpiredLink) {
    return (
      <Layout kcContext={kcContext} i18n={i18n} title={msgStr("expiredLinkTitle")} displayMessage={false}>
        <p>{msgStr("expiredLinkExplanation")}</p>
        <Button linkProps={{ href: resetCredentialsUrl(url.loginUrl) }}>{msgStr("expiredLinkNewLink")}</Button>
      </Layout>
    );
  }
  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("errorTitle")} displayMessage={false}>
      <p>
        <KcHtml html={summary} />
      </p>
      {!skipLink && client?.baseUrl !== undefined && (
        <Button linkProps={{ href: client.baseUrl }}>{msgStr("infoBackToApplication")}</Button>
      )}
    </Layout>
  );
}

/** The reset page of the same realm and client: Keycloak's sign-in URL with the other action. */
function resetCredentialsUrl(loginUrl: string): string {
  return loginUrl.replace("/login-actions/authenticate", "/login-actions/reset-credentials");
}
