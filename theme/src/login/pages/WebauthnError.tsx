import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { cancelAiaButton } from "../components/cancelAia";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The security key did not answer or was refused (Keycloak's message says why): try again. */
export default function WebauthnError(props: { kcContext: PageContext<"webauthn-error.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, execution, isAppInitiatedAction } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("webAuthnErrorTitle")}>
      <form action={url.loginAction} method="post">
        <input type="hidden" name="authenticationExecution" value={execution} />
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: msgStr("webAuthnErrorRetry"),
              type: "submit",
              nativeButtonProps: { name: "isSetRetry", value: "retry" },
            },
            ...(isAppInitiatedAction ? [cancelAiaButton(i18n)] : []),
          ]}
        />
      </form>
    </Layout>
  );
}
