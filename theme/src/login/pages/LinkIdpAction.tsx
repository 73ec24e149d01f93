import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { cancelAiaButton } from "../components/cancelAia";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** An app asks to link the account to an identity provider (kc_action=idp_link:…): continue or cancel. */
export default function LinkIdpAction(props: { kcContext: PageContext<"link-idp-action.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, idpDisplayName } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("linkIdpTitle", idpDisplayName)} displayMessage={false}>
      <p>{msgStr("linkIdpQuestion", idpDisplayName)}</p>
      <form action={url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("siecContinue"), type: "submit", nativeButtonProps: { name: "continue" } },
            cancelAiaButton(i18n),
          ]}
        />
      </form>
    </Layout>
  );
}
