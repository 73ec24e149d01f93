import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ProConnectSignIn } from "../components/ProConnectSignIn";
import { WebAuthnSignIn } from "../components/WebAuthnSignIn";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { proConnectProvider } from "../proConnect";

/** The first step of a sign-in in two steps (flows with the "Username Form"): the e-mail address. */
export default function LoginUsername(props: { kcContext: PageContext<"login-username.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, realm, login, usernameHidden, messagesPerField, enableWebAuthnConditionalUI } = kcContext;
  const { msgStr } = i18n;
  const proConnect = proConnectProvider(kcContext.social);

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("siecSignIn")}
      displayMessage={!messagesPerField.existsError("username")}
    >
      {proConnect !== undefined && <ProConnectSignIn provider={proConnect} i18n={i18n} />}
      <form action={url.loginAction} method="post">
        {!usernameHidden && (
          <Input
            label={msgStr("loginEmailLabel")}
            {...fieldError(kcContext, i18n, "username")}
            nativeInputProps={{
              id: "username",
              name: "username",
              defaultValue: login.username ?? "",
              autoComplete: enableWebAuthnConditionalUI ? "username webauthn" : "username",
              autoFocus: proConnect === undefined,
            }}
          />
        )}
        {realm.rememberMe && !usernameHidden && (
          <Checkbox
            options={[
              {
                label: msgStr("loginRememberMe"),
                nativeInputProps: { name: "rememberMe", defaultChecked: login.rememberMe === "on" },
              },
            ]}
          />
        )}
        <Button type="submit" nativeButtonProps={{ name: "login" }}>
          {msgStr("siecContinue")}
        </Button>
      </form>
      {enableWebAuthnConditionalUI && (
        <div className="fr-mt-4w">
          <WebAuthnSignIn
            kcContext={kcContext}
            i18n={i18n}
            buttonLabel={msgStr("passkeySignInButton")}
            conditional
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
