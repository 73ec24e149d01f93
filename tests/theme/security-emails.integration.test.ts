/**
 * The security e-mails, in the run's siec realm as realm-config/ declares it (the `email` event
 * listener) on a Keycloak started with the portal's options (the events it mails): a person told
 * of a password changed, of an authenticator app added and removed, of a passkey added and
 * removed, in French and in English; never of a wrong password, nor of the lockout that follows
 * wrong passwords; and a new e-mail address, confirmed by an e-mail to it, then told to the
 * previous address (the portal's extension), in French and in English. Every e-mail's HTML is
 * read in Chromium at 360 px. Credentials are removed as the account space removes them:
 * kc_action=delete_credential, signed in again, confirmed (theme/src/account/pages/Security.tsx);
 * a passkey is added through the sign-in pages' registration step, with Chromium's virtual
 * authenticator (DevTools protocol).
 */
import type EventType from "@keycloak/keycloak-admin-client/lib/defs/eventTypes";
import { Secret, TOTP } from "otpauth";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReceivedMail } from "../../stack/mail/inbox";
import { CookieJar, codeFlowUrlAt, kcContextString, loginAction, pageId, signIn } from "../../testing/browserless";
import { launchChromium } from "../../testing/browser";
import { actionLink } from "../support/email-links";
import { expectLinkButton, expectReadableOnPhone } from "../support/email-on-phone";
import { adminClient, inbox, personWithPassword, testStack, uniqueEmail } from "../support/keycloak";
import { virtualAuthenticator } from "../support/virtual-authenticator";
import { SECURITY_REMOVE_SUBJECT, SECURITY_UPDATE_SUBJECT, SENDER, WEBAUTHN_REGISTER_BUTTON } from "../support/wording";

const PASSWORD = "Examens2026$ok";
const NEW_PASSWORD = "Concours2026$ok";
const IF_NOT_YOU =
  "Si ce n'est pas vous, quelqu'un a peut-être accès à votre compte : choisissez sans attendre un nouveau " +
  "mot de passe avec « Mot de passe oublié ? » sur la page de connexion du portail, puis prévenez le SIEC.";
const IF_NOT_YOU_EN =
  'If it was not you, someone may have access to your account: choose a new password right away with "Forgot your ' +
  "password?\" on the portal's sign-in page, then tell the SIEC.";
const UPDATE_SUBJECT_EN = "Authentication portal - A change to your account's security";
const REMOVE_SUBJECT_EN = "Authentication portal - A sign-in method was removed";

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
async function addAuthenticatorApp(jar: CookieJar): Promise<TOTP> {
  const page = await askFor(jar, "CONFIGURE_TOTP");
  expect(pageId(page.body)).toBe("login-config-totp.ftl");
  const key = kcContextString(page.body, "totpSecretEncoded")!.replace(/\s+/g, "");
  const app = new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: "SHA1" });
  await submit(jar, page, {
    totp: app.generate(),
    totpSecret: kcContextString(page.body, "totpSecret")!,
    userLabel: "Téléphone professionnel",
  });
  return app;
}

/** The account space ("Mon compte", the account-console client) as its page reaches the Account REST API. */
function accountSpace() {
  const { keycloakUrl, realm } = testStack();
  return { clientId: "account-console", redirectUri: `${keycloakUrl}/realms/${realm}/account/` };
}

/**
 * Removes the person's credential of `type` ("otp", "webauthn-passwordless") as the account space
 * does (theme/src/account/pages/Security.tsx): its id read through the Account REST API with the
 * account space's token (code flow in `jar`, signed in already or with `username`/`password`), then
 * kc_action=delete_credential:<id>, for which Keycloak signs the person in again (password, and the
 * authenticator app's code when the account has one: `app`) and asks to confirm (issue 21, 2b).
 */
async function removeAsAccountSpace(
  jar: CookieJar,
  type: string,
  { username, password, app }: { username: string; password: string; app?: TOTP },
) {
  const { keycloakUrl, realm } = testStack();
  const { access_token } = await signIn(jar, realm, accountSpace(), { username, password });
  const headers = { authorization: `Bearer ${access_token}`, accept: "application/json" };
  const kinds = (await (await fetch(`${keycloakUrl}/realms/${realm}/account/credentials`, { headers })).json()) as {
    type: string;
    userCredentialMetadatas: { credential: { id: string } }[];
  }[];
  const [held] = kinds.find((kind) => kind.type === type)!.userCredentialMetadatas;
  const stopAt = accountSpace().redirectUri;
  // Keycloak counts the age of a sign-in in whole seconds: one just made passes a 0 s maximum.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  let page = await jar.follow(
    codeFlowUrlAt(keycloakUrl, realm, accountSpace(), { kc_action: `delete_credential:${held!.credential.id}` }),
    { stopAt },
  );
  expect(pageId(page.body), "signed in again first").toBe("login.ftl");
  page = await jar.follow(loginAction(page.body), { form: { username, password }, stopAt });
  if (app !== undefined) {
    expect(pageId(page.body)).toBe("login-otp.ftl");
    // The next period's code (Keycloak's look-around window takes it): the current one was used.
    page = await jar.follow(loginAction(page.body), {
      form: { otp: app.generate({ timestamp: Date.now() + 30_000 }) },
      stopAt,
    });
  }
  expect(pageId(page.body)).toBe("delete-credential.ftl");
  const done = await jar.follow(loginAction(page.body), { form: { accept: "" }, stopAt });
  expect(done.location ?? pageId(done.body)).toContain("kc_action_status=success");
}

/**
 * Adds a passkey as the account space has it added (kc_action=webauthn-register-passwordless, the
 * sign-in pages' registration step), in Chromium with a virtual authenticator that verifies its
 * holder and says yes at once. The page is in the person's language once they are signed in:
 * `register` is its button. Asked by the account space's client, which Keycloak itself serves.
 */
async function addPasskey(email: string, password: string, register: string) {
  const { keycloakUrl, realm } = testStack();
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    await virtualAuthenticator(page);
    await page.goto(codeFlowUrlAt(keycloakUrl, realm, accountSpace(), { kc_action: "webauthn-register-passwordless" }));
    await page.fill("#username", email);
    await page.fill("#password", password);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.locator("#authenticatorLabel").waitFor();
    await page.fill("#authenticatorLabel", "Ordinateur du bureau");
    await page.getByRole("button", { name: register }).click();
    // Back to the account space, with the authorization code of the request.
    await page.waitForURL(
      (url) => url.toString().startsWith(accountSpace().redirectUri) && url.search.includes("code="),
      { waitUntil: "commit" },
    );
  } finally {
    await context.close();
  }
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
const MOMENT_EN =
  /This happened on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} \(Paris time\), from the IP address [0-9a-f.:]+\./;
/** Keycloak's event when wrong passwords block a sign-in (the admin client's list of types lacks it). */
const LOCKOUT_EVENT = "USER_DISABLED_BY_TEMPORARY_LOCKOUT" as EventType;
/** The registration step's button once the person, signed in, has English as their language. */
const REGISTER_KEY_EN = "Register the key";

/** The e-mails to `email`, oldest first. */
async function mailsTo(email: string) {
  return (await mails.messages()).filter((message) => message.to.includes(email.toLowerCase()));
}

describe("the security e-mails", () => {
  it("tell a person of a password changed and of an authenticator app added then removed, in French, and never of a wrong password", async () => {
    const { email } = await person("securite");
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

    const app = await addAuthenticatorApp(jar);
    const added = await mails.waitFor(email, { subject: SECURITY_UPDATE_SUBJECT });
    await expectSecurityEmail(added, ["Une application d'authentification a été ajoutée à votre compte.", IF_NOT_YOU]);
    expect(readable(added.text)).toMatch(MOMENT_FR);

    await removeAsAccountSpace(jar, "otp", { username: email, password: NEW_PASSWORD, app });
    const removed = await mails.waitFor(email, { subject: SECURITY_REMOVE_SUBJECT });
    await expectSecurityEmail(removed, [
      "Une application d'authentification a été retirée de votre compte.",
      IF_NOT_YOU,
    ]);
    expect(readable(removed.text)).toMatch(MOMENT_FR);

    // Each change mailed once (Keycloak's deprecated UPDATE_PASSWORD, UPDATE_TOTP and REMOVE_TOTP
    // would double them), and the wrong password, earlier than all of them, not at all.
    expect((await mailsTo(email)).map((message) => message.id)).toEqual([changed.id, added.id, removed.id]);
  });

  it("never tell a person that their sign-in is blocked after wrong passwords (the realm's brute-force protection)", async () => {
    const { admin, email, id } = await person("verrouillage");
    const { failureFactor } = (await admin.realms.findOne({ realm: testStack().realm }))!;
    for (let attempt = 1; attempt <= failureFactor!; attempt++) {
      const refused = await askFor(new CookieJar(testStack().keycloakUrl), "UPDATE_PASSWORD", {
        username: email,
        password: `Mauvais${attempt}$motdepasse`,
      });
      expect(pageId(refused.body)).toBe("login.ftl");
    }
    await expect
      .poll(async () => ((await admin.attackDetection.findOne({ id })) as { disabled?: boolean }).disabled)
      .toBe(true);
    // Keycloak fires USER_DISABLED_BY_TEMPORARY_LOCKOUT, which its `email` listener would mail; the
    // portal's options leave it out. A mail the operator sends afterwards is the first the person receives.
    const lockouts = () => admin.realms.findEvents({ realm: testStack().realm, user: id, type: LOCKOUT_EVENT });
    await expect.poll(async () => (await lockouts()).length).toBe(1);
    await admin.users.executeActionsEmail({ id, actions: ["UPDATE_PASSWORD"] });
    const invitation = await mails.waitFor(email);
    expect(invitation.subject).toBe("Portail d'authentification - Activation de votre compte");
    expect((await mailsTo(email)).map((message) => message.id)).toEqual([invitation.id]);
    await admin.attackDetection.del({ id });
  });

  it("tell a person of a passkey added then removed, in French", async () => {
    const { email } = await person("cle-acces");
    await addPasskey(email, PASSWORD, WEBAUTHN_REGISTER_BUTTON);
    const added = await mails.waitFor(email, { subject: SECURITY_UPDATE_SUBJECT });
    await expectSecurityEmail(added, [
      "Bonjour,",
      "Une clé d'accès a été ajoutée à votre compte.",
      "Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.",
      IF_NOT_YOU,
    ]);
    expect(readable(added.text)).toMatch(MOMENT_FR);

    await removeAsAccountSpace(new CookieJar(testStack().keycloakUrl), "webauthn-passwordless", {
      username: email,
      password: PASSWORD,
    });
    const removed = await mails.waitFor(email, { subject: SECURITY_REMOVE_SUBJECT });
    await expectSecurityEmail(removed, ["Une clé d'accès a été retirée de votre compte.", IF_NOT_YOU]);
    expect(readable(removed.text)).toMatch(MOMENT_FR);
    expect((await mailsTo(email)).map((message) => message.id)).toEqual([added.id, removed.id]);
  });

  it("are in English for a person whose language is English: password, authenticator app, passkey", async () => {
    const { email } = await person("security", { locale: ["en"] });
    const jar = new CookieJar(testStack().keycloakUrl);
    await changePassword(jar, email);
    const changed = await mails.waitFor(email, { subject: UPDATE_SUBJECT_EN });
    await expectSecurityEmail(changed, [
      "Hello,",
      "Your password was changed.",
      "If you made this change, there is nothing to do.",
      IF_NOT_YOU_EN,
      "The Maison des examens services",
    ]);
    expect(readable(changed.text)).toMatch(MOMENT_EN);
    expect(changed.html).toContain('lang="en"');

    const app = await addAuthenticatorApp(jar);
    const appAdded = await mails.waitFor(email, { subject: UPDATE_SUBJECT_EN });
    await expectSecurityEmail(appAdded, ["An authenticator app was added to your account.", IF_NOT_YOU_EN]);
    expect(readable(appAdded.text)).toMatch(MOMENT_EN);

    await removeAsAccountSpace(jar, "otp", { username: email, password: NEW_PASSWORD, app });
    const appRemoved = await mails.waitFor(email, { subject: REMOVE_SUBJECT_EN });
    await expectSecurityEmail(appRemoved, ["An authenticator app was removed from your account.", IF_NOT_YOU_EN]);
    expect(readable(appRemoved.text)).toMatch(MOMENT_EN);

    await addPasskey(email, NEW_PASSWORD, REGISTER_KEY_EN);
    const passkeyAdded = await mails.waitFor(email, { subject: UPDATE_SUBJECT_EN });
    await expectSecurityEmail(passkeyAdded, ["A passkey was added to your account.", IF_NOT_YOU_EN]);
    expect(readable(passkeyAdded.text)).toMatch(MOMENT_EN);

    await removeAsAccountSpace(jar, "webauthn-passwordless", { username: email, password: NEW_PASSWORD });
    const passkeyRemoved = await mails.waitFor(email, { subject: REMOVE_SUBJECT_EN });
    await expectSecurityEmail(passkeyRemoved, ["A passkey was removed from your account.", IF_NOT_YOU_EN]);
    expect(readable(passkeyRemoved.text)).toMatch(MOMENT_EN);

    const received = await mailsTo(email);
    expect(received.map((message) => message.id)).toEqual(
      [changed, appAdded, appRemoved, passkeyAdded, passkeyRemoved].map((message) => message.id),
    );
    for (const message of received) expect(message.html).toContain('lang="en"');
  });
});

describe("a new e-mail address (kc_action=UPDATE_EMAIL)", () => {
  /** Asks for `newEmail` in the update-email step, signed in as `email`; the e-mail to it. */
  async function askForNewAddress(email: string, newEmail: string) {
    const jar = new CookieJar(testStack().keycloakUrl);
    const page = await askFor(jar, "UPDATE_EMAIL", { username: email, password: PASSWORD });
    expect(pageId(page.body)).toBe("update-email.ftl");
    await jar.follow(loginAction(page.body), { form: { email: newEmail }, stopAt: app().redirectUri });
    return mails.waitFor(newEmail);
  }

  /** Follows the e-mail's link, as the person does from their mailbox. */
  async function follow(link: string) {
    await new CookieJar(testStack().keycloakUrl).follow(link, { stopAt: app().redirectUri });
  }

  it("is confirmed by a DSFR e-mail sent to it, whose link makes it the account's address, and the previous address is told", async () => {
    const { admin, email, id } = await person("ancienne-adresse");
    const newEmail = uniqueEmail("nouvelle-adresse");
    const message = await askForNewAddress(email, newEmail);
    expect(message.subject).toBe("Portail d'authentification - Confirmation de votre nouvelle adresse mail");
    expect(message.from).toEqual(SENDER);
    const link = actionLink(message);
    expect(readable(message.text)).toContain(
      "Bonjour, Pour que cette adresse devienne celle de votre compte sur le portail d'authentification de la " +
        `Maison des examens, veuillez cliquer sur le lien suivant : ${link} Ce lien expire dans`,
    );
    await expectLinkButton(browser, message, link, "Confirmer ma nouvelle adresse");

    await follow(link);
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
    expect((await mailsTo(newEmail)).map((received) => received.id)).toEqual([message.id]);
  });

  it("is confirmed and told in English for a person whose language is English", async () => {
    const { admin, email, id } = await person("previous-address", { locale: ["en"] });
    const newEmail = uniqueEmail("new-address");
    const message = await askForNewAddress(email, newEmail);
    expect(message.subject).toBe("Authentication portal - Confirm your new e-mail address");
    const link = actionLink(message);
    expect(readable(message.text)).toContain(
      "Hello, To make this address the one of your account on the Maison des examens authentication portal, " +
        `please follow this link: ${link} This link expires in`,
    );
    expect(message.html).toContain('lang="en"');
    await expectLinkButton(browser, message, link, "Confirm my new address");

    await follow(link);
    expect(await admin.users.findOne({ id })).toMatchObject({ email: newEmail.toLowerCase() });
    const notice = await mails.waitFor(email, {
      subject: "Authentication portal - The e-mail address of your account was changed",
    });
    await expectSecurityEmail(notice, [
      "Hello,",
      "The e-mail address of your account was replaced by another one: this message goes to the previous " +
        "address, which will no longer receive the portal's messages.",
      "If you made this change, there is nothing to do.",
      "If it was not you, someone has taken over your account: tell the SIEC right away, so that your address is restored.",
    ]);
    expect(readable(notice.text)).toMatch(MOMENT_EN);
    expect(notice.html).toContain('lang="en"');
  });
});
