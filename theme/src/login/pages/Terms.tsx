import { KcHtml } from "../components/KcHtml";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

export default function Terms(props: { kcContext: PageContext<"terms.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("termsTitle")}>
      <div className="fr-mb-4w">
        <KcHtml html={msgStr("termsText")} />
      </div>
      <form action={kcContext.url.loginAction} method="POST">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("termsAccept"), type: "submit", nativeButtonProps: { name: "accept" } },
            {
              children: msgStr("termsDecline"),
              priority: "secondary",
              type: "submit",
              nativeButtonProps: { name: "cancel" },
            },
          ]}
        />
      </form>
    </Layout>
  );
}
