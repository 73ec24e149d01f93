import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";

/**
 * What a person does on the authenticator-app set-up page with an app that cannot scan: shows the
 * key and types it in. Returns the key and the app's codes (Keycloak's default policy: 6 digits,
 * 30 seconds, SHA-1, which the realm keeps).
 */
export async function typeKeyIntoApp(page: Page): Promise<{ key: string; app: TOTP }> {
  await page.getByRole("link", { name: /afficher la clé à saisir/ }).click();
  const key = (await page.locator("#totp-key").textContent())!.replace(/\s+/g, "");
  return { key, app: new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: "SHA1" }) };
}

/** A code the app did not show: `code` with its first digit changed. */
export function notTheCode(code: string): string {
  return code.replace(/^./, (digit) => String((Number(digit) + 5) % 10));
}

/**
 * The app's code once it is none of `used`: Keycloak takes a code once, so a person signing in
 * again within the same 30 seconds waits for the next one, as this does.
 */
export async function nextCode(app: TOTP, used: string[]): Promise<string> {
  while (used.includes(app.generate())) await new Promise((resolve) => setTimeout(resolve, 500));
  return app.generate();
}

/**
 * An authenticator app given to an account through the admin API, as an import would give it: the
 * credential to create the user with, and the app's codes. Keycloak keeps the secret as text and
 * hands the app its bytes (the set-up page shows them in base32).
 */
export function givenAuthenticatorApp(key = "siec-test-authenticator-app-key") {
  return {
    app: new TOTP({ secret: Secret.fromUTF8(key), digits: 6, period: 30, algorithm: "SHA1" }),
    credential: {
      type: "otp",
      userLabel: "Téléphone",
      secretData: JSON.stringify({ value: key }),
      credentialData: JSON.stringify({ subType: "totp", digits: 6, counter: 0, period: 30, algorithm: "HmacSHA1" }),
    },
  };
}
