import { Button } from "@codegouvfr/react-dsfr/Button";
import { BackToSignIn } from "../components/BackToSignIn";
import { NewPasswordFields } from "../components/NewPasswordFields";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The new password: after a reset link, at first connexion and when Keycloak forces a change. */
export default function LoginUpdatePassword(props: {
  kcContext: PageContext<"login-update-password.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, message, isAppInitiatedAction } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("newPasswordTitle")}
      // Its errors are about the new password: they show under the fields.
      displayMessage={message?.type !== "error"}
    >
      <form action={url.loginAction} method="post">
        <NewPasswordFields kcContext={kcContext} i18n={i18n} />
        <Button type="submit" className="fr-mt-2w">
          {msgStr("newPasswordSubmit")}
        </Button>
        {isAppInitiatedAction && (
          <Button
            type="submit"
            priority="secondary"
            nativeButtonProps={{ name: "cancel-aia", value: "true" }}
            className="fr-mt-2w fr-ml-2w"
          >
            {msgStr("doCancel")}
          </Button>
        )}
      </form>
      <BackToSignIn href={url.loginRestartFlowUrl} i18n={i18n} />
    </Layout>
  );
}
