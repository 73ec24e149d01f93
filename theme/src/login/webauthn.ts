/**
 * The WebAuthn ceremonies of Keycloak's webauthnAuthenticate.js and webauthnRegister.js, in the
 * theme's own bundle: Keycloak's modules need an import map and Keycloakify starts them from
 * inline scripts, which the portal's CSP (script-src 'self') blocks. Each fills the hidden fields
 * of its form with the browser's answer, or `error` with what went wrong, and sends the form.
 */

export type WebAuthnSignInInput = {
  challenge: string;
  rpId: string;
  userVerification: string;
  createTimeout: number | string;
  /** The person's registered keys, when Keycloak already knows who signs in; empty otherwise. */
  allowCredentialIds: string[];
};

export type WebAuthnRegisterInput = {
  challenge: string;
  userid: string;
  username: string;
  signatureAlgorithms: (string | number)[];
  rpEntityName: string;
  rpId: string;
  attestationConveyancePreference: string;
  authenticatorAttachment: string;
  requireResidentKey?: string;
  residentKey?: string;
  userVerificationRequirement: string;
  createTimeout: number | string;
  excludeCredentialIds: string;
};

const notSpecified = "not specified";

/**
 * Asks the browser for an assertion and sends `form` (fields clientDataJSON, authenticatorData,
 * signature, credentialId, userHandle, error). With `mediation: "conditional"` (passkeys offered
 * in the username field's autofill) a refusal or an abort sends nothing.
 */
export async function signInWithWebAuthn(
  form: HTMLFormElement,
  input: WebAuthnSignInInput,
  options: { unsupportedMessage: string; mediation?: CredentialMediationRequirement; signal?: AbortSignal },
): Promise<void> {
  const quiet = options.mediation === "conditional";
  if (!window.PublicKeyCredential) {
    if (!quiet) send(form, { error: options.unsupportedMessage });
    return;
  }
  const timeout = Number(input.createTimeout);
  const publicKey: PublicKeyCredentialRequestOptions = {
    rpId: input.rpId,
    challenge: fromBase64url(input.challenge),
    ...(timeout !== 0 && { timeout: timeout * 1000 }),
    ...(input.allowCredentialIds.length > 0 && {
      allowCredentials: input.allowCredentialIds.map((id) => ({ id: fromBase64url(id), type: "public-key" as const })),
    }),
    ...(input.userVerification !== notSpecified && {
      userVerification: input.userVerification as UserVerificationRequirement,
    }),
  };
  try {
    const credential = (await navigator.credentials.get({
      publicKey,
      mediation: options.mediation,
      signal: options.signal,
    })) as PublicKeyCredential | null;
    if (credential === null) return;
    const response = credential.response as AuthenticatorAssertionResponse;
    send(form, {
      clientDataJSON: toBase64url(response.clientDataJSON),
      authenticatorData: toBase64url(response.authenticatorData),
      signature: toBase64url(response.signature),
      credentialId: credential.id,
      userHandle: response.userHandle ? toBase64url(response.userHandle) : "",
    });
  } catch (error) {
    if (!quiet && !options.signal?.aborted) send(form, { error: String(error) });
  }
}

/**
 * Asks the browser to create a key and sends `form` (fields clientDataJSON, attestationObject,
 * publicKeyCredentialId, transports, authenticatorAttachment, error); the form's own
 * authenticatorLabel field names the key, `defaultLabel` when left empty.
 */
export async function registerWithWebAuthn(
  form: HTMLFormElement,
  input: WebAuthnRegisterInput,
  options: { unsupportedMessage: string; defaultLabel: string },
): Promise<void> {
  if (!window.PublicKeyCredential) return send(form, { error: options.unsupportedMessage });
  const timeout = Number(input.createTimeout);
  const authenticatorSelection: AuthenticatorSelectionCriteria = {
    ...(input.authenticatorAttachment !== notSpecified && {
      authenticatorAttachment: input.authenticatorAttachment as AuthenticatorAttachment,
    }),
    ...residentKey(input),
    ...(input.userVerificationRequirement !== notSpecified && {
      userVerification: input.userVerificationRequirement as UserVerificationRequirement,
    }),
  };
  const algorithms = input.signatureAlgorithms.length > 0 ? input.signatureAlgorithms.map(Number) : [-7];
  const publicKey: PublicKeyCredentialCreationOptions = {
    challenge: fromBase64url(input.challenge),
    rp: { id: input.rpId, name: input.rpEntityName },
    user: { id: fromBase64url(input.userid), name: input.username, displayName: input.username },
    pubKeyCredParams: algorithms.map((alg) => ({ type: "public-key", alg })),
    ...(input.attestationConveyancePreference !== notSpecified && {
      attestation: input.attestationConveyancePreference as AttestationConveyancePreference,
    }),
    ...(Object.keys(authenticatorSelection).length > 0 && { authenticatorSelection }),
    ...(timeout !== 0 && { timeout: timeout * 1000 }),
    excludeCredentials: input.excludeCredentialIds
      .split(",")
      .filter((id) => id !== "")
      .map((id) => ({ type: "public-key", id: fromBase64url(id) })),
  };
  try {
    const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
    const response = credential.response as AuthenticatorAttestationResponse;
    const label = form.elements.namedItem("authenticatorLabel") as HTMLInputElement;
    send(form, {
      clientDataJSON: toBase64url(response.clientDataJSON),
      attestationObject: toBase64url(response.attestationObject),
      publicKeyCredentialId: toBase64url(credential.rawId),
      transports: response.getTransports?.().join(",") ?? "",
      authenticatorAttachment: credential.authenticatorAttachment ?? "",
      authenticatorLabel: label.value.trim() || options.defaultLabel,
    });
  } catch (error) {
    send(form, { error: String(error) });
  }
}

/**
 * A registration asking for a discoverable key (Keycloak's passwordless policy) makes a passkey,
 * which signs in alone; otherwise a security key, asked for after the password.
 */
export function registersPasskey(input: Pick<WebAuthnRegisterInput, "residentKey" | "requireResidentKey">): boolean {
  return residentKey(input as WebAuthnRegisterInput).residentKey === "required";
}

/** residentKey is the spec's field; requireResidentKey, deprecated, is still set for older clients. */
function residentKey(input: WebAuthnRegisterInput): AuthenticatorSelectionCriteria {
  if (input.residentKey && input.residentKey !== notSpecified)
    return {
      residentKey: input.residentKey as ResidentKeyRequirement,
      requireResidentKey: input.residentKey === "required",
    };
  if (input.requireResidentKey === undefined || input.requireResidentKey === notSpecified) return {};
  const required = input.requireResidentKey === "Yes";
  return { residentKey: required ? "required" : "discouraged", requireResidentKey: required };
}

function send(form: HTMLFormElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
  form.requestSubmit();
}

/** base64url, padded or not (Keycloak's `loose` parsing), to bytes. */
export function fromBase64url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  return Uint8Array.from(atob(base64 + "===".slice((base64.length + 3) % 4)), (char) => char.charCodeAt(0));
}

/** Bytes to unpadded base64url, as Keycloak reads them. */
export function toBase64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
