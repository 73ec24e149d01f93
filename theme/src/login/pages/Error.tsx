import { Button } from "@codegouvfr/react-dsfr/Button";
import { ExpiredLink, isExpiredLink } from "../components/ExpiredLink";
import { KcHtml } from "../components/KcHtml";
import { isUnknownAddress, UnknownAddress } from "../components/UnknownAddress";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

export default function ErrorPage(props: { kcContext: PageContext<"error.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { message, client, skipLink } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;

  if (isExpiredLink(message, i18n)) return <ExpiredLink kcContext={kcContext} i18n={i18n} />;
  if (isUnknownAddress(message, i18n)) return <UnknownAddress kcContext={kcContext} i18n={i18n} />;
  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("errorTitle")} displayMessage={false}>
      <p>
        <KcHtml html={advancedMsgStr(message.summary)} />
      </p>
      {!skipLink && client?.baseUrl !== undefined && (
        <Button linkProps={{ href: client.baseUrl }}>{msgStr("infoBackToApplication")}</Button>
      )}
    </Layout>
  );
}
