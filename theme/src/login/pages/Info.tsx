import { Button } from "@codegouvfr/react-dsfr/Button";
import { KcHtml } from "../components/KcHtml";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Keycloak's information page: "Un e-mail vous a été envoyé", "Votre compte a bien été activé"… */
export default function Info(props: { kcContext: PageContext<"info.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { message, messageHeader, requiredActions, skipLink, pageRedirectUri, actionUri, client } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;
  const next = skipLink
    ? undefined
    : (pageRedirectUri !== undefined && { href: pageRedirectUri, text: msgStr("infoBackToApplication") }) ||
      (actionUri !== undefined && { href: actionUri, text: msgStr("infoContinue") }) ||
      (client.baseUrl !== undefined && { href: client.baseUrl, text: msgStr("infoBackToApplication") }) ||
      undefined;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={
        messageHeader !== undefined ? advancedMsgStr(messageHeader) : <KcHtml html={advancedMsgStr(message.summary)} />
      }
      displayMessage={false}
    >
      {messageHeader !== undefined && (
        <p>
          <KcHtml html={advancedMsgStr(message.summary)} />
        </p>
      )}
      {requiredActions !== undefined && requiredActions.length > 0 && (
        <ul>
          {requiredActions.map((action) => (
            <li key={action}>{advancedMsgStr(`requiredAction.${action}`)}</li>
          ))}
        </ul>
      )}
      {next && <Button linkProps={{ href: next.href }}>{next.text}</Button>}
    </Layout>
  );
}
