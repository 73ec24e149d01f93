/**
 * Journey 13, ProConnect (issue 25), in a realm of its own with the portal's realm-config and the
 * local ProConnect (tests/support/proconnect.ts), DEXCO played by the example app: the first link
 * by the e-mailed link, then straight through; the first link by the account's password ("Essayer
 * une autre méthode"); an address no account has; an operator asked for the authenticator app's
 * code after ProConnect; the app's sign-out ending ProConnect's session too; unlinking from "Mon
 * compte", after which ProConnect's sign-in asks the proof again. Each new screen at 1280 and
 * 360 px, checked with axe.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startExampleApp } from "../../stack/example-app";
import { freePorts } from "../../stack/ports";
import { accountMessages } from "../../theme/src/account/i18n";
import { launchChromium } from "../../testing/browser";
import { givenAuthenticatorApp } from "../support/authenticator-app";
import { actionLink } from "../support/email-links";
import { Journey, expectNoViolations, newPerson, portalPage, signIn, signedIn } from "../support/journeys";
import { inbox, testStack, uniqueEmail } from "../support/keycloak";
import { loginTranslations } from "../support/login-translations";
import { ACCOUNT_PASSWORD, startProConnectRealm, type ProConnectRealm } from "../support/proconnect";
import { OTP_TITLE, SIGN_IN_TITLE } from "../support/wording";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../support/login-translations"));

const fr = accountMessages.fr;
const journey = new Journey("13-proconnect", { axe: true });
let texts: Record<string, string>;
let browser: Browser;
let app: { url: string; stop(): Promise<void> };
let stage: ProConnectRealm;

beforeAll(async () => {
  const [port] = await freePorts(1);
  const dexcoUrl = `http://localhost:${port}`;
  texts = (await loginTranslations()).fr!;
  [browser, stage] = await Promise.all([
    launchChromium(),
    startProConnectRealm("journey-proconnect", { dexcoUrl }),
    journey.reset(),
  ]);
  app = await startExampleApp({
    port: port!,
    keycloakUrl: testStack().keycloakUrl,
    realm: stage.realm,
    clientId: "dexco",
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await stage?.stop();
});

/** The screen once it shows `ready`, recorded at 1280 px then at 360 px. */
async function record(page: Page, label: string, ready: Locator): Promise<void> {
  await journey.step(page, `${label}-1280`, ready);
  await page.setViewportSize({ width: 360, height: 900 });
  await journey.step(page, `${label}-360`, ready);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** From the app, "Se connecter", then the portal's ProConnect button: ProConnect's own page. */
async function toProConnect(page: Page): Promise<void> {
  await page.goto(app.url);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await portalPage(page, SIGN_IN_TITLE).waitFor();
  await page.locator(".fr-connect").click();
  await page.locator("#email").waitFor();
}

/** What the person types on ProConnect's page: their address, then "Continuer". */
async function giveAddressToProConnect(page: Page, email: string): Promise<void> {
  await page.fill("#email", email);
  await page.getByRole("button", { name: "Continuer" }).click();
}

/** An account of the realm already linked to its agent at ProConnect, as a first sign-in leaves it. */
async function linkedAccount(label: string, options: { group?: string } = {}) {
  const email = uniqueEmail(label);
  const id = await stage.account(email, options);
  const agent = stage.agent(email);
  await stage.connection.api.users.addToFederatedIdentity({
    realm: stage.realm,
    id,
    federatedIdentityId: "proconnect",
    federatedIdentity: { identityProvider: "proconnect", userId: agent.sub, userName: email },
  });
  return { email, id };
}

const linkEmailPage = (page: Page) => portalPage(page, texts.idpLinkEmailTitle!.replace("{0}", "ProConnect"));

describe("journey 13: signing in with ProConnect", () => {
  it("links the account by the e-mailed link, then goes straight through", async () => {
    const email = uniqueEmail("journey-proconnect-link");
    await stage.account(email);
    stage.agent(email);
    const { context, page } = await newPerson(browser);

    await page.goto(app.url);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await record(page, "connexion-avec-proconnect", page.locator(".fr-connect"));
    await page.locator(".fr-connect").click();
    await giveAddressToProConnect(page, email);
    await record(page, "verifiez-votre-courriel", linkEmailPage(page));
    expect(await page.locator("main").textContent()).toContain(email);

    await page.goto(actionLink(await inbox().waitFor(email)));
    await journey.step(page, "lie-par-le-lien-connecte", signedIn(page));
    await context.close();

    const again = await newPerson(browser);
    await toProConnect(again.page);
    await giveAddressToProConnect(again.page, email);
    await journey.step(again.page, "deuxieme-connexion-directe", signedIn(again.page));
    await again.context.close();
    expectNoViolations(journey);
  });

  it("links the account by its password instead, by 'Essayer une autre méthode'", async () => {
    const email = uniqueEmail("journey-proconnect-password");
    await stage.account(email);
    stage.agent(email);
    const { context, page } = await newPerson(browser);

    await toProConnect(page);
    await giveAddressToProConnect(page, email);
    await linkEmailPage(page).waitFor();
    await page.getByRole("button", { name: "Essayer une autre méthode" }).click();
    await record(
      page,
      "autre-methode",
      page.locator("label", { hasText: texts["idp-email-verification-display-name"] }),
    );
    await page.locator("label", { hasText: texts["idp-username-password-form-display-name"] }).click();
    await page.getByRole("button", { name: "Continuer" }).click();
    await record(page, "mot-de-passe-du-compte", portalPage(page, texts.loginLinkAccountTitle!));
    expect(await page.locator("#username").inputValue()).toBe(email);
    expect(await page.locator("#username").getAttribute("readonly")).not.toBeNull();
    await page.fill("#password", ACCOUNT_PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await journey.step(page, "lie-par-le-mot-de-passe-connecte", signedIn(page));
    await context.close();
    expectNoViolations(journey);
  });

  it("answers an address no account has with the guides' answer, and leads back to the password sign-in", async () => {
    const email = uniqueEmail("journey-proconnect-unknown");
    stage.agent(email);
    const { context, page } = await newPerson(browser);

    await toProConnect(page);
    await giveAddressToProConnect(page, email);
    await record(page, "adresse-non-reconnue", portalPage(page, texts.unknownAddressTitle!));
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain(email);
    expect(main).toContain(texts.unknownAddressMaybe);
    await page.getByRole("link", { name: texts.unknownAddressSignInWithPassword }).click();
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    expect(await page.locator("#password").isVisible()).toBe(true);
    await context.close();
    expectNoViolations(journey);
  });

  it("asks an SIEC operator for the authenticator app's code after ProConnect", async () => {
    const { email, id } = await linkedAccount("journey-proconnect-operator", { group: "gestionnaires" });
    const { app: authenticatorApp, credential } = givenAuthenticatorApp();
    const { api } = stage.connection;
    const user = await api.users.findOne({ realm: stage.realm, id });
    await api.users.update({ realm: stage.realm, id }, { ...user, credentials: [credential] });
    const { context, page } = await newPerson(browser);

    await toProConnect(page);
    await giveAddressToProConnect(page, email);
    await record(page, "gestionnaire-code-demande", portalPage(page, OTP_TITLE));
    await page.fill("#otp", authenticatorApp.generate());
    await page.getByRole("button", { name: "Valider" }).click();
    await journey.step(page, "gestionnaire-connecte", signedIn(page));
    await context.close();
    expectNoViolations(journey);
  });

  it("ends ProConnect's session too when the app signs the person out", async () => {
    const { email } = await linkedAccount("journey-proconnect-sign-out");
    const { context, page } = await newPerson(browser);
    await toProConnect(page);
    await giveAddressToProConnect(page, email);
    await signedIn(page).waitFor();

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("button", { name: "Se connecter", exact: true }).waitFor();
    expect(new URL(page.url()).origin).toBe(app.url);
    // The portal asks again, and so does ProConnect: its session ended with the portal's.
    await toProConnect(page);
    await journey.step(page, "proconnect-redemande-l-adresse", page.locator("#email"));
    expect(await page.locator("#email").inputValue()).toBe("");
    await context.close();
  });

  it("unlinks ProConnect from 'Mon compte', after which ProConnect's sign-in asks the proof again", async () => {
    const { email } = await linkedAccount("journey-proconnect-unlink");
    const { context, page } = await newPerson(browser);
    await page.goto(`${testStack().keycloakUrl}/realms/${stage.realm}/account/password`);
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    await signIn(page, email, ACCOUNT_PASSWORD);
    await record(page, "mon-compte-proconnect-lie", page.getByText(fr.proConnectLinked.replace("{0}", email)));

    await page.getByRole("button", { name: fr.proConnectUnlink }).click();
    await record(
      page,
      "mon-compte-delier-confirmer",
      page.getByRole("button", { name: fr.proConnectUnlinkConfirmButton }),
    );
    await page.getByRole("button", { name: fr.proConnectUnlinkConfirmButton }).click();
    await record(page, "mon-compte-proconnect-delie", page.getByText(fr.proConnectUnlinked));
    await page.getByText(fr.proConnectNotLinked).waitFor();
    await context.close();

    const again = await newPerson(browser);
    await toProConnect(again.page);
    await giveAddressToProConnect(again.page, email);
    await journey.step(again.page, "preuve-redemandee", linkEmailPage(again.page));
    await again.context.close();
    expectNoViolations(journey);
  });
});
