import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

export default function LoginPageExpired(props: { kcContext: PageContext<"login-page-expired.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("pageExpiredTitle")}>
      <p>{msgStr("pageExpiredExplanation")}</p>
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: msgStr("pageExpiredContinue"), linkProps: { href: url.loginAction } },
          {
            children: msgStr("pageExpiredRestart"),
            priority: "secondary",
            linkProps: { href: url.loginRestartFlowUrl },
          },
        ]}
      />
    </Layout>
  );
}
