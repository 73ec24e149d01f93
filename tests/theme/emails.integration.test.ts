/**
 * The e-mails Keycloak really sends with the siec e-mail theme, caught by the run's SMTP server:
 * subject, sender, wording, expiry computed from the realm's lifespan, a link that works, and
 * HTML that reads on a phone.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { actionLink } from "../support/email-links";
import { expectReadableOnPhone } from "../support/email-on-phone";
import { adminClient, inbox, testStack, uniqueEmail } from "../support/keycloak";
import { appSignInUrl, brandedClient, createThemeRealm } from "../support/theme-realm";
import { EMAIL_SENT, NEW_PASSWORD_TITLE, RESET_SUBJECT, SENDER } from "../support/wording";

const app = brandedClient(
  "dexco",
  "DEXCO",
  "Plateforme de dématérialisation des dossiers candidat.",
  "http://dexco.test",
);
const realm = `theme-emails-${Date.now().toString(36)}`;
let browser: Browser;
let removeRealm: () => Promise<void>;

beforeAll(async () => {
  const admin = await adminClient();
  const { smtpServer } = (await admin.realms.findOne({ realm: testStack().realm }))!;
  ({ remove: removeRealm } = await createThemeRealm(admin, realm, {
    smtpServer,
    clients: [app],
    actionTokenGeneratedByAdminLifespan: 3600,
    attributes: {
      "actionTokenGeneratedByUserLifespan.reset-credentials": "3600",
      "actionTokenGeneratedByUserLifespan.verify-email": "3600",
    },
  }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await removeRealm?.();
});

/** The e-mail reads on a phone, and its link is a button carrying it, written out below for the clients that show no button. */
function expectLinkButton(message: { html: string }, link: string, action: string) {
  return expectReadableOnPhone(browser, message.html, async (page) => {
    const button = page.getByRole("link", { name: action });
    expect(await button.getAttribute("href")).toBe(link);
    expect(await page.getByRole("link", { name: link }).count()).toBe(1);
  });
}

async function createUser(label: string, attributes: Record<string, string[]> = {}) {
  const admin = await adminClient();
  admin.setConfig({ realmName: realm });
  const email = uniqueEmail(label);
  const { id } = await admin.users.create({ username: email, email, enabled: true, emailVerified: true, attributes });
  return { admin, email, id };
}

describe("the password-reset e-mail", () => {
  it("is sent from the first-connexion page with the SIEC subject, sender, wording and a working 1-hour link", async () => {
    const { email } = await createUser("first-connexion");
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(appSignInUrl(testStack().keycloakUrl, realm, app));
    await page.getByRole("link", { name: "Initialisez votre mot de passe" }).click();
    await page.locator("main h1", { hasText: "Initialisez votre mot de passe" }).waitFor();
    expect(await page.locator("main").textContent()).toContain(
      "Saisissez votre adresse email, et vous recevrez un lien pour initialiser votre mot de passe.",
    );
    await page.fill("#username", email);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByText(EMAIL_SENT).waitFor();

    const message = await inbox().waitFor(email);
    expect(message.subject).toBe(RESET_SUBJECT);
    expect(message.from).toEqual(SENDER);
    const link = actionLink(message);
    expect(message.text.replace(/\s+/g, " ")).toContain(
      `Bonjour, Pour réinitialiser votre mot de passe, veuillez cliquer sur le lien suivant : ${link} ` +
        "Ce lien expire dans 1 heure. Les services de la Maison des examens",
    );
    expect(message.html).toContain('lang="fr"');
    expect(message.html).toContain("Ce lien expire dans 1 heure.");
    await expectLinkButton(message, link, "Choisir mon mot de passe");

    await page.goto(link);
    await page.locator("main h1", { hasText: NEW_PASSWORD_TITLE }).waitFor();
    await context.close();
  });

  it("gives the same neutral confirmation for an address that has no account", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(appSignInUrl(testStack().keycloakUrl, realm, app));
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.locator("main h1", { hasText: "Mot de passe oublié" }).waitFor();
    await page.fill("#username", uniqueEmail("nobody"));
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByText(EMAIL_SENT).waitFor();
    await context.close();
  });
});

describe("the operator's invitation", () => {
  it("is sent in French, and in English to a user whose locale is English", async () => {
    const french = await createUser("invitation");
    await french.admin.users.executeActionsEmail({ id: french.id, actions: ["UPDATE_PASSWORD"], lifespan: 7200 });
    const frenchMessage = await inbox().waitFor(french.email);
    expect(frenchMessage.subject).toBe("Portail d'authentification - Activation de votre compte");
    expect(frenchMessage.text).toContain("Ce lien expire dans 2 heures.");
    await expectLinkButton(frenchMessage, actionLink(frenchMessage), "Activer mon compte");

    const english = await createUser("invitation-en", { locale: ["en"] });
    await english.admin.users.executeActionsEmail({ id: english.id, actions: ["UPDATE_PASSWORD"], lifespan: 3600 });
    const englishMessage = await inbox().waitFor(english.email);
    expect(englishMessage.subject).toBe("Authentication portal - Activate your account");
    expect(englishMessage.text).toContain("This link expires in 1 hour.");
    await expectLinkButton(englishMessage, actionLink(englishMessage), "Activate my account");
  });
});

describe("the e-mail verification", () => {
  it("carries the SIEC subject and expiry", async () => {
    const { admin, id, email } = await createUser("verification");
    await admin.users.sendVerifyEmail({ id });
    const message = await inbox().waitFor(email);
    expect(message.subject).toBe("Portail d'authentification - Vérification de votre adresse mail");
    expect(message.text).toContain("Pour confirmer votre adresse mail, veuillez cliquer sur le lien suivant :");
    expect(message.text).toContain("Ce lien expire dans 1 heure.");
    await expectLinkButton(message, actionLink(message), "Confirmer mon adresse mail");
  });
});
