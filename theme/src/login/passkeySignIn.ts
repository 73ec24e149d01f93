/**
 * Signing in with a passkey alone from the sign-in page (login.ftl, when the realm enables
 * passkeys): loaded only when the person uses it, so that the page's first visit does not carry
 * the WebAuthn steps. The form gets the hidden fields Keycloak reads, then the browser's answer.
 */
import type { WebAuthnSignInContext } from "./components/WebAuthnSignIn";
import { signInWithWebAuthn } from "./webauthn";

const FIELDS = ["clientDataJSON", "authenticatorData", "signature", "credentialId", "userHandle", "error"];

export function signInWithPasskey(
  form: HTMLFormElement,
  kcContext: Omit<WebAuthnSignInContext, "url">,
  options: { unsupportedMessage: string; conditional?: boolean; signal?: AbortSignal },
): Promise<void> {
  for (const name of FIELDS) {
    if (form.elements.namedItem(name)) continue;
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = name;
    form.append(field);
  }
  // No username is known on this page: the browser offers every passkey it holds for the site.
  const input = {
    challenge: kcContext.challenge,
    rpId: kcContext.rpId,
    userVerification: kcContext.userVerification,
    createTimeout: kcContext.createTimeout,
    allowCredentialIds: [],
  };
  if (!options.conditional) return signInWithWebAuthn(form, input, options);
  // In the e-mail field's autofill, where the browser can offer passkeys (autocomplete "webauthn").
  if (!window.PublicKeyCredential?.isConditionalMediationAvailable) return Promise.resolve();
  return PublicKeyCredential.isConditionalMediationAvailable().then((available) => {
    if (available && !options.signal?.aborted)
      return signInWithWebAuthn(form, input, { ...options, mediation: "conditional" });
  });
}
