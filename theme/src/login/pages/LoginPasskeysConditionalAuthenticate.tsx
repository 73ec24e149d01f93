import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { WebAuthnSignIn } from "../components/WebAuthnSignIn";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/**
 * Signing in with a passkey: the browser offers the person's passkeys in the e-mail field's
 * autofill, or on the button; the e-mail address leads to the other ways to sign in.
 */
export default function LoginPasskeysConditionalAuthenticate(props: {
  kcContext: PageContext<"login-passkeys-conditional-authenticate.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, realm, login, usernameHidden, messagesPerField } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("passkeySignInTitle")}
      displayMessage={!messagesPerField.existsError("username")}
    >
      <p>{msgStr("passkeySignInIntro")}</p>
      <WebAuthnSignIn kcContext={kcContext} i18n={i18n} buttonLabel={msgStr("passkeySignInButton")} conditional />
      {realm.password && !usernameHidden && (
        <form action={url.loginAction} method="post" className="fr-mt-4w">
          <Input
            label={msgStr("loginEmailLabel")}
            hintText={msgStr("passkeyUsernameHint")}
            {...fieldError(kcContext, i18n, "username")}
            nativeInputProps={{
              id: "username",
              name: "username",
              defaultValue: login.username ?? "",
              autoComplete: "username webauthn",
            }}
          />
          <Button type="submit" priority="secondary">
            {msgStr("siecContinue")}
          </Button>
        </form>
      )}
    </Layout>
  );
}
