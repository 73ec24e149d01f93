import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { cancelAiaButton } from "../components/cancelAia";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Removing a second factor (kc_action=delete_credential:…), confirmed. */
export default function DeleteCredential(props: { kcContext: PageContext<"delete-credential.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, credentialLabel } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("deleteCredentialPageTitle", credentialLabel)}
      displayMessage={false}
    >
      <p>{msgStr("deleteCredentialQuestion", credentialLabel)}</p>
      <form action={url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("siecConfirmDelete"), type: "submit", nativeButtonProps: { name: "accept" } },
            cancelAiaButton(i18n),
          ]}
        />
      </form>
    </Layout>
  );
}
