/**
 * The security e-mails, in the run's siec realm as realm-config/ declares it (the `email` event
 * listener) on a Keycloak started with the portal's options (the events it mails): a person told
 * of a password changed and of an authenticator app added and removed, in French or in English,
 * never of a wrong password; and a new e-mail address, confirmed by an e-mail to it, then told to
 * the previous address (the portal's extension).
 */
import { Secret, TOTP } from "otpauth";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReceivedMail } from "../../stack/mail/inbox";
import { CookieJar, codeFlowUrlAt, kcContextString, loginAction, pageId } from "../support/browserless";
import { launchChromium } from "../support/browser";
import { actionLink } from "../support/email-links";
import { expectReadableOnPhone } from "../support/email-on-phone";
import { adminClient, inbox, personWithPassword, testStack, uniqueEmail } from "../support/keycloak";
import { SECURITY_REMOVE_SUBJECT, SECURITY_UPDATE_SUBJECT, SENDER } from "../support/wording";

const PASSWORD = "Examens2026$ok";
const NEW_PASSWORD = "Concours2026$ok";
const IF_NOT_YOU =
  "Si ce n'est pas vous, quelqu'un a peut-être accès à votre compte : choisissez sans attendre un nouveau " +
  "mot de passe avec « Mot de passe oublié ? » sur la page de connexion du portail, puis prévenez le SIEC.";

let browser: Browser;
const mails = inbox();

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function app() {
  return { clientId: "dexco", redirectUri: `${testStack().apps.dexco}/` };
}

/** A person of the siec realm who can sign in (a verified address: Keycloak mails only those). */
async function person(label: string, attributes: Record<string, string[]> = {}) {
  const { email, id } = await personWithPassword(label, { value: PASSWORD }, undefined, attributes);
  return { admin: await adminClient(), email, id };
}

/**
 * Signs in to the app in `jar`, asking Keycloak for `action` (kc_action, as the account space asks
 * for it), and gives the page it shows. A jar already signed in goes straight there.
 */
async function askFor(jar: CookieJar, action: string, credentials?: { username: string; password: string }) {
  const stopAt = app().redirectUri;
  const page = await jar.follow(codeFlowUrlAt(jar.keycloakUrl, testStack().realm, app(), { kc_action: action }), {
    stopAt,
  });
  return credentials ? jar.follow(loginAction(page.body), { form: credentials, stopAt }) : page;
}

/** Posts the page's form; the app gets its code back. */
async function submit(jar: CookieJar, page: { body: string }, form: Record<string, string>) {
  const done = await jar.follow(loginAction(page.body), { form, stopAt: app().redirectUri });
  expect(done.location ?? `${pageId(done.body)} shown again`).toContain("code=");
}

async function changePassword(jar: CookieJar, email: string) {
  const page = await askFor(jar, "UPDATE_PASSWORD", { username: email, password: PASSWORD });
  expect(pageId(page.body)).toBe("login-update-password.ftl");
  await submit(jar, page, { "password-new": NEW_PASSWORD, "password-confirm": NEW_PASSWORD });
}

/** Sets up an authenticator app with a code computed from the key the page gives. */
async function addAuthenticatorApp(jar: CookieJar) {
  const page = await askFor(jar, "CONFIGURE_TOTP");
  expect(pageId(page.body)).toBe("login-config-totp.ftl");
  const key = kcContextString(page.body, "totpSecretEncoded")!.replace(/\s+/g, "");
  const code = new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: "SHA1" }).generate();
  await submit(jar, page, {
    totp: code,
    totpSecret: kcContextString(page.body, "totpSecret")!,
    userLabel: "Téléphone professionnel",
  });
}

/** Removes the person's authenticator app as the account space does (kc_action=delete_credential). */
async function removeAuthenticatorApp(jar: CookieJar, admin: Awaited<ReturnType<typeof adminClient>>, id: string) {
  const otp = (await admin.users.getCredentials({ id })).find((credential) => credential.type === "otp")!;
  const page = await askFor(jar, `delete_credential:${otp.id}`);
  expect(pageId(page.body)).toBe("delete-credential.ftl");
  await submit(jar, page, { accept: "" });
}

/** The e-mail's text as a person reads it, spaces collapsed. */
const readable = (text: string) => text.replace(/\s+/g, " ").trim();

/** A security e-mail as received: HTML and text say the same, it carries no link, and reads on a phone. */
async function expectSecurityEmail(message: ReceivedMail, says: string[]) {
  expect(message.from).toEqual(SENDER);
  expect(message.links).toEqual([]);
  const text = readable(message.text);
  for (const sentence of says) expect(text).toContain(sentence);
  await expectReadableOnPhone(browser, message.html, async (page) => {
    const shown = readable((await page.locator("body").textContent())!);
    for (const sentence of says) expect(shown).toContain(sentence);
  });
}

const MOMENT_FR =
  /C'était le \d{1,2} \p{L}+ \d{4} à \d{2}:\d{2} \(heure de Paris\), depuis l'adresse IP [0-9a-f.:]+\./u;

describe("the security e-mails", () => {
  it("tell a person of a password changed and of an authenticator app added then removed, in French, and never of a wrong password", async () => {
    const { admin, email, id } = await person("securite");
    const jar = new CookieJar(testStack().keycloakUrl);

    // Someone types a wrong password: Keycloak's default would mail it (LOGIN_ERROR); the portal does not.
    const refused = await askFor(new CookieJar(testStack().keycloakUrl), "UPDATE_PASSWORD", {
      username: email,
      password: "Mauvais-mot-de-passe-1!",
    });
    expect(pageId(refused.body)).toBe("login.ftl");

    await changePassword(jar, email);
    const changed = await mails.waitFor(email, { subject: SECURITY_UPDATE_SUBJECT });
    await expectSecurityEmail(changed, [
      "Bonjour,",
      "Votre mot de passe a été modifié.",
      "Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.",
      IF_NOT_YOU,
      "Les services de la Maison des examens",
    ]);
    expect(readable(changed.text)).toMatch(MOMENT_FR);
    expect(changed.html).toContain('lang="fr"');

    await addAuthenticatorApp(jar);
    const added = await mails.waitFor(email, { subject: SECURITY_UPDATE_SUBJECT });
    await expectSecurityEmail(added, ["Une application d'authentification a été ajoutée à votre compte.", IF_NOT_YOU]);
    expect(readable(added.text)).toMatch(MOMENT_FR);

    await removeAuthenticatorApp(jar, admin, id);
    const removed = await mails.waitFor(email, { subject: SECURITY_REMOVE_SUBJECT });
    await expectSecurityEmail(removed, [
      "Une application d'authentification a été retirée de votre compte.",
      IF_NOT_YOU,
    ]);
    expect(readable(removed.text)).toMatch(MOMENT_FR);

    // Each change mailed once (Keycloak's deprecated UPDATE_PASSWORD, UPDATE_TOTP and REMOVE_TOTP
    // would double them), and the wrong password, earlier than all of them, not at all.
    const received = (await mails.messages()).filter((message) => message.to.includes(email.toLowerCase()));
    expect(received.map((message) => message.id)).toEqual([changed.id, added.id, removed.id]);
  });

  it("are in English for a person whose language is English", async () => {
    const { email } = await person("security", { locale: ["en"] });
    await changePassword(new CookieJar(testStack().keycloakUrl), email);
    const message = await mails.waitFor(email, {
      subject: "Authentication portal - A change to your account's security",
    });
    await expectSecurityEmail(message, [
      "Hello,",
      "Your password was changed.",
      "If you made this change, there is nothing to do.",
      'If it was not you, someone may have access to your account: choose a new password right away with "Forgot your password?" on the portal\'s sign-in page, then tell the SIEC.',
      "The Maison des examens services",
    ]);
    expect(readable(message.text)).toMatch(
      /This happened on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} \(Paris time\), from the IP address [0-9a-f.:]+\./,
    );
    expect(message.html).toContain('lang="en"');
  });
});

describe("a new e-mail address (kc_action=UPDATE_EMAIL)", () => {
  it("is confirmed by a DSFR e-mail sent to it, whose link makes it the account's address, and the previous address is told", async () => {
    const { admin, email, id } = await person("ancienne-adresse");
    const newEmail = uniqueEmail("nouvelle-adresse");
    const jar = new CookieJar(testStack().keycloakUrl);
    const page = await askFor(jar, "UPDATE_EMAIL", { username: email, password: PASSWORD });
    expect(pageId(page.body)).toBe("update-email.ftl");
    await jar.follow(loginAction(page.body), { form: { email: newEmail }, stopAt: app().redirectUri });

    const message = await mails.waitFor(newEmail);
    expect(message.subject).toBe("Portail d'authentification - Confirmation de votre nouvelle adresse mail");
    const link = actionLink(message);
    expect(readable(message.text)).toContain(
      "Bonjour, Pour que cette adresse devienne celle de votre compte sur le portail d'authentification de la " +
        `Maison des examens, veuillez cliquer sur le lien suivant : ${link} Ce lien expire dans`,
    );
    await expectReadableOnPhone(browser, message.html, async (phone) => {
      expect(await phone.getByRole("link", { name: "Confirmer ma nouvelle adresse" }).getAttribute("href")).toBe(link);
    });

    await new CookieJar(testStack().keycloakUrl).follow(link, { stopAt: app().redirectUri });
    expect(await admin.users.findOne({ id })).toMatchObject({ email: newEmail.toLowerCase() });

    // The previous address is told (the extension's siec-previous-address listener); the new one is not.
    const notice = await mails.waitFor(email, {
      subject: "Portail d'authentification - Changement de l'adresse mail de votre compte",
    });
    await expectSecurityEmail(notice, [
      "L'adresse mail de votre compte a été remplacée par une autre : ce message est envoyé à l'ancienne " +
        "adresse, qui ne recevra plus les messages du portail.",
      "Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.",
      "Si ce n'est pas vous, quelqu'un a pris la main sur votre compte : prévenez le SIEC sans attendre, " +
        "pour qu'il rétablisse votre adresse.",
    ]);
    expect(readable(notice.text)).toMatch(MOMENT_FR);
    expect(notice.text).not.toContain(newEmail);
    const toNewAddress = (await mails.messages()).filter((received) => received.to.includes(newEmail.toLowerCase()));
    expect(toNewAddress.map((received) => received.id)).toEqual([message.id]);
  });
});
