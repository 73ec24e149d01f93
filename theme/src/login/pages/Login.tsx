import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { ExpiredLink, isExpiredLink } from "../components/ExpiredLink";
import { fieldError } from "../fieldError";
import { firstConnexionUrl, rememberFirstConnexion } from "../firstConnexion";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { RobotCheck } from "../components/RobotCheck";

export default function Login(props: { kcContext: PageContext<"login.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, login, realm, messagesPerField } = kcContext;
  const { msgStr } = i18n;
  const credentialsError = fieldError(kcContext, i18n, "username", "password");

  if (isExpiredLink(kcContext.message, i18n)) return <ExpiredLink kcContext={kcContext} i18n={i18n} />;
  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("loginWelcome")}
      displayMessage={!messagesPerField.existsError("username", "password", EXTENSION_FORM_FIELDS.robotCheck)}
    >
      <p className="fr-text--lead">{msgStr("loginSingleSignOn")}</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        {realm.resetPasswordAllowed && (
          <section className="fr-col-12 fr-col-md-5" aria-labelledby="first-connexion">
            <h2 id="first-connexion" className="fr-h4">
              {msgStr("loginFirstConnexionTitle")}
            </h2>
            <Button
              linkProps={{
                href: firstConnexionUrl(url.loginResetCredentialsUrl),
                onClick: () => rememberFirstConnexion(true),
              }}
            >
              {msgStr("loginFirstConnexionButton")}
            </Button>
          </section>
        )}
        <section className="fr-col-12 fr-col-md-7" aria-labelledby="existing-account">
          <h2 id="existing-account" className="fr-h4 fr-mb-1v">
            {msgStr("loginExistingAccountTitle")}
          </h2>
          <p>{msgStr("loginExistingAccountSubtitle")}</p>
          <form action={url.loginAction} method="post">
            <Input
              label={msgStr("loginEmailLabel")}
              nativeInputProps={{
                id: "username",
                name: "username",
                type: "email",
                defaultValue: login.username ?? "",
                autoComplete: "username",
                autoFocus: true,
                "aria-invalid": credentialsError.state === "error" || undefined,
                // PasswordInput's id for its messages: the credentials error concerns both fields.
                "aria-describedby": credentialsError.state === "error" ? "password-messages-group" : undefined,
              }}
            />
            <PasswordInput
              label={msgStr("loginPasswordLabel")}
              messagesHint=""
              messages={
                credentialsError.stateRelatedMessage === undefined
                  ? []
                  : [{ severity: "error", message: credentialsError.stateRelatedMessage }]
              }
              nativeInputProps={{
                id: "password",
                name: "password",
                autoComplete: "current-password",
                "aria-invalid": credentialsError.state === "error" || undefined,
              }}
            />
            <RobotCheck kcContext={kcContext} i18n={i18n} />
            <input type="hidden" name="credentialId" value={kcContext.auth.selectedCredential ?? ""} />
            <Button type="submit" className="fr-mt-2w">
              {msgStr("siecSignIn")}
            </Button>
          </form>
          {realm.resetPasswordAllowed && (
            <p className="fr-mt-3w">
              <a className="fr-link" href={url.loginResetCredentialsUrl} onClick={() => rememberFirstConnexion(false)}>
                {msgStr("loginForgotPassword")}
              </a>
            </p>
          )}
        </section>
      </div>
    </Layout>
  );
}
