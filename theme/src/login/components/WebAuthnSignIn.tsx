import { useEffect, useMemo, useRef } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { KcContext as KeycloakifyKcContext } from "keycloakify/login/KcContext";
import type { I18n } from "../i18n";
import { signInWithWebAuthn } from "../webauthn";

type Authenticator = KeycloakifyKcContext.WebauthnAuthenticate.WebauthnAuthenticator;

/** What Keycloak gives every page that signs in with a security key or a passkey. */
export type WebAuthnSignInContext = {
  url: { loginAction: string };
  challenge: string;
  rpId: string;
  userVerification: string;
  createTimeout: number | string;
  isUserIdentified: boolean | "true" | "false";
  authenticators?: { authenticators: Authenticator[] };
  shouldDisplayAuthenticators?: boolean;
};

/**
 * Signing in with a security key or a passkey: the person's keys when Keycloak lists them, and
 * the button that asks the browser. With `conditional`, the browser also offers the passkeys in
 * the autofill of the page's username field (autocomplete "username webauthn").
 */
export function WebAuthnSignIn(props: {
  kcContext: WebAuthnSignInContext;
  i18n: I18n;
  buttonLabel: string;
  conditional?: boolean;
  priority?: "primary" | "secondary";
}) {
  const { kcContext, i18n, buttonLabel, conditional = false, priority = "primary" } = props;
  const { msgStr, advancedMsgStr } = i18n;
  const form = useRef<HTMLFormElement>(null);
  const autofill = useRef<AbortController>();
  const identified = String(kcContext.isUserIdentified) === "true";
  const authenticators = kcContext.authenticators?.authenticators ?? [];
  const input = useMemo(
    () => ({
      challenge: kcContext.challenge,
      rpId: kcContext.rpId,
      userVerification: kcContext.userVerification,
      createTimeout: kcContext.createTimeout,
      allowCredentialIds: identified
        ? (kcContext.authenticators?.authenticators ?? []).map((authenticator) => authenticator.credentialId)
        : [],
    }),
    [kcContext, identified],
  );
  const unsupportedMessage = msgStr("webAuthnUnsupported");

  useEffect(() => {
    if (!conditional || identified || !window.PublicKeyCredential?.isConditionalMediationAvailable) return;
    const controller = new AbortController();
    autofill.current = controller;
    PublicKeyCredential.isConditionalMediationAvailable().then((available) => {
      if (available && !controller.signal.aborted)
        signInWithWebAuthn(form.current!, input, {
          unsupportedMessage,
          mediation: "conditional",
          signal: controller.signal,
        });
    });
    return () => controller.abort();
    // Once per page: Keycloak's challenge does not change while it is shown.
  }, [conditional, identified, input, unsupportedMessage]);

  return (
    <>
      {kcContext.shouldDisplayAuthenticators && authenticators.length > 0 && (
        <>
          <p className="fr-mb-1w">{msgStr(authenticators.length > 1 ? "webAuthnKeysTitle" : "webAuthnKeyTitle")}</p>
          <ul className="fr-mb-3w">
            {authenticators.map((authenticator) => (
              <li key={authenticator.credentialId}>
                <span className="fr-text--bold">{advancedMsgStr(authenticator.label)}</span>
                {(authenticator.transports.displayNameProperties ?? []).length > 0 &&
                  ` (${authenticator.transports.displayNameProperties!.map((name) => advancedMsgStr(name)).join(", ")})`}
                {" — "}
                {msgStr("webAuthnKeyCreatedAt", authenticator.createdAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      <form ref={form} action={kcContext.url.loginAction} method="post">
        {["clientDataJSON", "authenticatorData", "signature", "credentialId", "userHandle", "error"].map((name) => (
          // Not React values: the browser's answer is written into them just before sending.
          <input key={name} type="hidden" name={name} />
        ))}
        <Button
          type="button"
          priority={priority}
          onClick={() => {
            autofill.current?.abort();
            signInWithWebAuthn(form.current!, input, { unsupportedMessage });
          }}
        >
          {buttonLabel}
        </Button>
      </form>
    </>
  );
}
