import { Button } from "@codegouvfr/react-dsfr/Button";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { WebAuthnSignIn } from "../components/WebAuthnSignIn";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The second step of a sign-in in two steps: the password of the account named in the first. */
export default function LoginPassword(props: { kcContext: PageContext<"login-password.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, realm, auth, messagesPerField, enableWebAuthnConditionalUI } = kcContext;
  const { msgStr } = i18n;
  const passwordError = fieldError(kcContext, i18n, "password").stateRelatedMessage;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("siecSignIn")}
      displayMessage={!messagesPerField.existsError("password")}
    >
      {auth?.attemptedUsername && <p>{msgStr("loginPasswordFor", auth.attemptedUsername)}</p>}
      <form action={url.loginAction} method="post">
        <PasswordInput
          label={msgStr("loginPasswordLabel")}
          messagesHint=""
          messages={passwordError === undefined ? [] : [{ severity: "error", message: passwordError }]}
          nativeInputProps={{
            id: "password",
            name: "password",
            autoComplete: "current-password",
            autoFocus: true,
            "aria-invalid": passwordError !== undefined || undefined,
          }}
        />
        <Button type="submit" nativeButtonProps={{ name: "login" }}>
          {msgStr("siecSignIn")}
        </Button>
      </form>
      {enableWebAuthnConditionalUI && (
        <div className="fr-mt-4w">
          <WebAuthnSignIn
            kcContext={kcContext}
            i18n={i18n}
            buttonLabel={msgStr("passkeySignInButton")}
            priority="secondary"
          />
        </div>
      )}
      {realm.resetPasswordAllowed && (
        <p className="fr-mt-3w">
          <a className="fr-link" href={url.loginResetCredentialsUrl}>
            {msgStr("loginForgotPassword")}
          </a>
        </p>
      )}
    </Layout>
  );
}
