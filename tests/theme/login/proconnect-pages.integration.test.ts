/**
 * The sign-in pages of issue 25 as the run's real Keycloak serves them, in a realm of the portal's
 * realm-config with ProConnect enabled and pointing at the local ProConnect (tests/support/
 * proconnect.ts): the button on the sign-in page (the theme's own login.ftl data), the page for an
 * address no account has (error.ftl), and the proof asked to link an existing account: the
 * e-mailed link (login-idp-link-email.ftl), or by "Essayer une autre méthode" the account's
 * password (login.ftl again).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInUrl } from "../../../stack/sign-in-urls";
import { launchChromium } from "../../../testing/browser";
import { testStack, uniqueEmail } from "../../support/keycloak";
import { loginTranslations } from "../../support/login-translations";
import { startProConnectRealm, type ProConnectRealm } from "../../support/proconnect";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../../support/login-translations"));

let browser: Browser;
let stage: ProConnectRealm;
const knownEmail = uniqueEmail("lien-proconnect");
const unknownEmail = uniqueEmail("inconnue-proconnect");

beforeAll(async () => {
  [stage, browser] = await Promise.all([startProConnectRealm("theme-proconnect"), launchChromium()]);
  await stage.account(knownEmail);
  stage.agent(knownEmail);
  stage.agent(unknownEmail);
});

afterAll(async () => {
  await browser?.close();
  await stage?.stop();
});

async function open(locale = "fr-FR"): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await page.goto(signInUrl(testStack().keycloakUrl, stage.realm, stage.app), { waitUntil: "networkidle" });
  await page.locator("main h1").waitFor();
  return page;
}

/** From the sign-in page, through ProConnect's form with `email`, back to the portal's next page. */
async function throughProConnect(page: Page, email: string): Promise<void> {
  await page.locator(".fr-connect").click();
  await page.locator("#email").fill(email);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => url.origin === new URL(testStack().keycloakUrl).origin);
  await page.locator("main h1").waitFor();
}

describe("the sign-in page of a realm with ProConnect", () => {
  it("shows the ProConnect button, to Keycloak's broker for it, in French and in English", async () => {
    for (const [locale, language] of [
      ["fr-FR", "fr"],
      ["en-GB", "en"],
    ] as const) {
      const texts = (await loginTranslations())[language]!;
      const page = await open(locale);
      const button = page.getByRole("link", { name: `${texts.proConnectSignIn} ProConnect` });
      expect(await button.getAttribute("href")).toContain(`/realms/${stage.realm}/broker/proconnect/login?`);
      expect(await page.getByRole("link", { name: texts.proConnectAbout }).getAttribute("target")).toBe("_blank");
      await page.context().close();
    }
  });

  it("answers an address no account has with the guides' answer, and goes back to the sign-in page", async () => {
    const texts = (await loginTranslations()).fr!;
    const page = await open();
    await throughProConnect(page, unknownEmail);
    expect(await page.locator("main h1").textContent()).toBe(texts.unknownAddressTitle);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain(unknownEmail);
    expect(main).toContain(texts.unknownAddressMaybe);
    await page.getByRole("link", { name: texts.unknownAddressSignInWithPassword }).click();
    await page.locator("#password").waitFor();
    expect(await page.locator("main h1").textContent()).toBe(texts.loginWelcome);
    expect(await page.locator(".fr-connect").count()).toBe(1);
    await page.context().close();
  });

  it("asks the account with that address for the e-mailed link, or by another way its password, naming ProConnect", async () => {
    const texts = (await loginTranslations()).fr!;
    const page = await open();
    await throughProConnect(page, knownEmail);
    expect(await page.locator("main h1").textContent()).toBe(texts.idpLinkEmailTitle!.replace("{0}", "ProConnect"));
    expect(await page.locator("main").textContent()).toContain(knownEmail);

    await page.getByRole("button", { name: texts.doTryAnotherWay }).click();
    await page.locator("label", { hasText: texts["idp-username-password-form-display-name"] }).click();
    await page.getByRole("button", { name: texts.siecContinue }).click();
    await page.locator("#password").waitFor();
    expect(await page.locator("main h1").textContent()).toBe(texts.loginLinkAccountTitle);
    expect(await page.locator("main .fr-alert").textContent()).toBe(
      texts.federatedIdentityConfirmReauthenticateMessage!.replace("{0}", "ProConnect"),
    );
    expect(await page.locator("#username").inputValue()).toBe(knownEmail);
    expect(await page.locator("#username").getAttribute("readonly")).not.toBeNull();
    expect(await page.locator(".fr-connect").count()).toBe(0);
    await page.context().close();
  });
});
