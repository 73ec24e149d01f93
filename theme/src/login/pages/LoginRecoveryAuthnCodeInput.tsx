import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The second step of a sign-in with one of the person's recovery codes, the one Keycloak asks for. */
export default function LoginRecoveryAuthnCodeInput(props: {
  kcContext: PageContext<"login-recovery-authn-code-input.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, messagesPerField, recoveryAuthnCodesInputBean } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("recoveryCodeTitle")}
      displayMessage={!messagesPerField.existsError("recoveryCodeInput")}
    >
      <form action={url.loginAction} method="post">
        <Input
          label={msgStr("recoveryCodeLabel", String(recoveryAuthnCodesInputBean.codeNumber))}
          hintText={msgStr("recoveryCodeHint")}
          {...fieldError(kcContext, i18n, "recoveryCodeInput")}
          nativeInputProps={{
            id: "recoveryCodeInput",
            name: "recoveryCodeInput",
            autoComplete: "off",
            autoFocus: true,
          }}
        />
        <Button type="submit" nativeButtonProps={{ name: "login" }}>
          {msgStr("siecSignIn")}
        </Button>
      </form>
    </Layout>
  );
}
