import { useCallback, useEffect, useRef } from "react";
import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { isLinkingAccount } from "../accountLinking";
import { ExpiredLink, isExpiredLink } from "../components/ExpiredLink";
import { ProConnectSignIn } from "../components/ProConnectSignIn";
import { fieldError } from "../fieldError";
import { firstConnexionUrl, rememberFirstConnexion } from "../firstConnexion";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { proConnectProvider } from "../proConnect";
import { RobotCheck } from "../components/RobotCheck";

const FIELD_GESTURES = ["pointerdown", "keydown"] as const;

export default function Login(props: { kcContext: PageContext<"login.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, login, realm, messagesPerField } = kcContext;
  const { msgStr } = i18n;
  const credentialsError = fieldError(kcContext, i18n, "username", "password");
  const linking = isLinkingAccount(kcContext);
  const proConnect = proConnectProvider(kcContext.social);
  // Keycloak sends a passkey challenge with the page when the realm enables passkeys.
  const passkeys = kcContext.enableWebAuthnConditionalUI === true;
  const signInForm = useRef<HTMLFormElement>(null);
  const passkeyForm = useRef<HTMLFormElement>(null);
  const autofill = useRef<AbortController>();
  const unsupportedMessage = msgStr("webAuthnUnsupported");
  const passkey = useCallback(
    (conditional: boolean) => {
      autofill.current?.abort();
      const controller = new AbortController();
      if (conditional) autofill.current = controller;
      // The WebAuthn steps load when the person first uses the form or the button (as the robot check's solver).
      void import("../passkeySignIn").then(({ signInWithPasskey }) =>
        signInWithPasskey(passkeyForm.current!, kcContext, {
          unsupportedMessage,
          conditional,
          signal: controller.signal,
        }),
      );
    },
    [kcContext, unsupportedMessage],
  );

  useEffect(() => {
    const field = signInForm.current?.elements.namedItem("username");
    if (!passkeys || !(field instanceof HTMLInputElement)) return;
    // The browser offers the passkeys in the e-mail field's autofill from the person's first
    // touch or key in that field (nothing else starts it: not a focus, nor an event of a script).
    const start = (event: Event) => {
      if (!event.isTrusted) return;
      for (const gesture of FIELD_GESTURES) field.removeEventListener(gesture, start);
      passkey(true);
    };
    for (const gesture of FIELD_GESTURES) field.addEventListener(gesture, start);
    return () => {
      for (const gesture of FIELD_GESTURES) field.removeEventListener(gesture, start);
      autofill.current?.abort();
    };
  }, [passkeys, passkey]);

  if (isExpiredLink(kcContext.message, i18n)) return <ExpiredLink kcContext={kcContext} i18n={i18n} />;
  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr(linking ? "loginLinkAccountTitle" : "loginWelcome")}
      displayMessage={!messagesPerField.existsError("username", "password", EXTENSION_FORM_FIELDS.robotCheck)}
    >
      {!linking && <p className="fr-text--lead">{msgStr("loginSingleSignOn")}</p>}
      <div className="fr-grid-row fr-grid-row--gutters">
        {/* Linking asks this account's password, nothing else: another way is the e-mailed link. */}
        {realm.resetPasswordAllowed && !linking && (
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
          {proConnect !== undefined && <ProConnectSignIn provider={proConnect} i18n={i18n} />}
          <p>{msgStr("loginExistingAccountSubtitle")}</p>
          <form ref={signInForm} action={url.loginAction} method="post">
            <Input
              label={msgStr("loginEmailLabel")}
              nativeInputProps={{
                id: "username",
                name: "username",
                type: "email",
                defaultValue: login.username ?? "",
                // Keycloak links the account it found, whatever the field says.
                readOnly: linking,
                autoComplete: passkeys ? "username webauthn" : "username",
                // Not when ProConnect comes first: the person chooses.
                autoFocus: !linking && proConnect === undefined,
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
                autoFocus: linking,
                "aria-invalid": credentialsError.state === "error" || undefined,
              }}
            />
            {!linking && <RobotCheck kcContext={kcContext} i18n={i18n} />}
            <input type="hidden" name="credentialId" value={kcContext.auth.selectedCredential ?? ""} />
            <Button type="submit" className="fr-mt-2w">
              {msgStr("siecSignIn")}
            </Button>
          </form>
          {passkeys && !linking && (
            // Its own form: a passkey is sent without the password and the robot check.
            <form ref={passkeyForm} action={url.loginAction} method="post" className="fr-mt-2w">
              <Button type="button" priority="secondary" onClick={() => passkey(false)}>
                {msgStr("passkeySignInButton")}
              </Button>
            </form>
          )}
          {realm.resetPasswordAllowed && !linking && (
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
