/**
 * "Mon compte", the account space, as the run's real Keycloak serves it, in Chromium: a person of
 * the siec realm signs in to /realms/siec/account/ and finds the portal's DSFR pages (no Keycloak
 * console), each without an axe-core violation at 1280 and 360 px, under a policy without
 * 'unsafe-inline' scripts; what a page changes is what the server holds, and what the server
 * refuses (an e-mail address changed without its link, another client's token) stays refused.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMessages } from "../../../theme/src/account/i18n";
import { ACCOUNT_ROUTES } from "../../../theme/src/account/routes";
import { myAppsUrl } from "@siec/contract";
import { nextCode, typeKeyIntoApp } from "../../support/authenticator-app";
import { axeViolations, launchChromium } from "../../support/browser";
import { actionLink } from "../../support/email-links";
import { adminClient, inbox, testStack, uniqueEmail } from "../../support/keycloak";
import { activeAccount, portalPage, signIn, VALID_PASSWORD, type Account } from "../../support/journeys";
import {
  OTP_TITLE,
  SIGN_IN_TITLE,
  TOTP_SETUP_TITLE,
  UPDATE_EMAIL_SUBMIT,
  UPDATE_EMAIL_TITLE,
} from "../../support/wording";

const fr = accountMessages.fr;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function accountUrl(path = ""): string {
  const { keycloakUrl, realm } = testStack();
  return `${keycloakUrl}/realms/${realm}/account/${path}`;
}

/** A person's browser, signed in to the account space; script errors and CSP refusals are collected. */
async function signedInToAccount(
  account: Account,
  options: { width?: number; path?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: "fr-FR",
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  await page.goto(accountUrl(options.path));
  await portalPage(page, SIGN_IN_TITLE).waitFor();
  await signIn(page, account.email, VALID_PASSWORD);
  return { context, page, errors };
}

async function userOf(account: Account) {
  const admin = await adminClient();
  const [user] = await admin.users.find({ email: account.email, exact: true });
  return { admin, user: user! };
}

describe("the account space", () => {
  it("is the portal's DSFR pages, every one without an axe violation at 1280 and 360 px, under a CSP without unsafe-inline", async () => {
    const account = await activeAccount("account-pages");
    // A compte principal, so that "Mon établissement" is in the menu and shows its accounts.
    const { admin, user } = await userOf(account);
    await admin.users.update(
      { id: user.id! },
      { ...user, attributes: { ...user.attributes, principal: ["0751234A"] } },
    );
    for (const width of [1280, 360]) {
      const { context, page, errors } = await signedInToAccount(account, { width });
      await portalPage(page, fr.personalInfoTitle).waitFor();
      const response = await page.request.get(accountUrl());
      const policy = response.headers()["content-security-policy"]!;
      expect(/script-src[^;]*'unsafe-inline'/.test(policy), policy).toBe(false);
      expect(policy).toMatch(/script-src 'self' 'sha256-/);
      expect(await page.content()).not.toMatch(/keycloak\.v3|patternfly/i);
      for (const route of ACCOUNT_ROUTES) {
        if (width === 360) {
          await page.goto(accountUrl(route.path));
        } else {
          await page.getByRole("link", { name: fr[route.title], exact: true }).click();
        }
        await portalPage(page, fr[route.title]).waitFor();
        await page.getByRole("status").waitFor({ state: "detached" });
        expect(await axeViolations(page), `${route.path} at ${width} px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${route.path} at ${width} px`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("shows the names to change, the e-mail address, the établissements as UAI codes, nothing operators alone see", async () => {
    const account = await activeAccount("account-details");
    const { admin, user } = await userOf(account);
    await admin.users.update(
      { id: user.id! },
      { ...user, attributes: { ...user.attributes, invitation: ["2026-12-01"] } },
    );
    const { context, page, errors } = await signedInToAccount(account);
    await portalPage(page, fr.personalInfoTitle).waitFor();
    await page.getByRole("status").waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    const main = page.locator("main");
    expect(await page.getByLabel(fr.personalInfoFirstName, { exact: true }).inputValue()).toBe(account.firstName);
    expect(await page.getByLabel(fr.personalInfoLastName, { exact: true }).inputValue()).toBe(account.lastName);
    expect(await main.textContent()).toContain(account.email);
    for (const uai of account.etablissements) expect(await main.textContent()).toContain(uai);
    expect(await main.textContent()).not.toContain("2026-12-01");

    await page.getByLabel(fr.personalInfoFirstName, { exact: true }).fill("Camille-Anne");
    await page.getByRole("button", { name: fr.personalInfoSave }).click();
    await page.getByText(fr.personalInfoSaved).waitFor();
    const saved = (await admin.users.findOne({ id: user.id! }))!;
    expect(saved.firstName).toBe("Camille-Anne");
    expect(saved.attributes?.etablissement).toEqual(account.etablissements);
    expect(saved.attributes?.invitation).toEqual(["2026-12-01"]);

    await page.getByLabel(fr.personalInfoLastName, { exact: true }).fill("Durand<script>");
    await page.getByRole("button", { name: fr.personalInfoSave }).click();
    await page.getByText(fr.personalInfoRefused).waitFor();
    await page.getByText(fr["error-person-name-invalid-character"]).waitFor();
    expect((await admin.users.findOne({ id: user.id! }))!.lastName).toBe(account.lastName);
    await context.close();
  });

  it("changes the e-mail address only once the link sent to the new address is followed", async () => {
    const account = await activeAccount("account-email");
    const newEmail = uniqueEmail("account-email-new");
    const { context, page } = await signedInToAccount(account);
    await portalPage(page, fr.personalInfoTitle).waitFor();
    await page.getByRole("button", { name: fr.personalInfoEmailChange }).click();
    await portalPage(page, UPDATE_EMAIL_TITLE).waitFor();
    await page.locator("#email").fill(newEmail);
    await page.getByRole("button", { name: UPDATE_EMAIL_SUBMIT }).click();
    const confirmation = await inbox().waitFor(newEmail);
    const { admin, user } = await userOf(account);
    expect((await admin.users.findOne({ id: user.id! }))!.email).toBe(account.email);

    await page.goto(actionLink(confirmation));
    await expect.poll(async () => (await admin.users.findOne({ id: user.id! }))!.email).toBe(newEmail);
    await context.close();
  });

  it("lists the SIEC apps the account's groups open, with their links, and no other", async () => {
    const account = await activeAccount("account-apps");
    const { context, page } = await signedInToAccount(account, { path: "applications" });
    await portalPage(page, fr.appsTitle).waitFor();
    const { apps } = testStack();
    const dexco = page.getByRole("link", { name: "DEXCO", exact: true });
    await dexco.waitFor();
    expect(await dexco.getAttribute("href")).toBe(`${apps.dexco}/`);
    expect(await page.getByRole("link", { name: "DPECothèque", exact: true }).count()).toBe(1);
    for (const other of ["eAbsence", "BASICS", "BASA"]) {
      expect(await page.getByRole("heading", { name: other }).count(), other).toBe(0);
    }
    await context.close();
  });

  it("adds an authenticator app through the sign-in pages' set-up step, which sign-in then asks for; lists it, and removes it", async () => {
    const account = await activeAccount("account-otp");
    const { context, page } = await signedInToAccount(account, { path: "security" });
    await portalPage(page, fr.securityTitle).waitFor();
    await page.getByRole("button", { name: fr.securityOtpAdd }).click();
    await portalPage(page, TOTP_SETUP_TITLE).waitFor();
    const { app } = await typeKeyIntoApp(page);
    const firstCode = await nextCode(app, []);
    await page.fill("#totp", firstCode);
    await page.fill("#userLabel", "Téléphone du bureau");
    await page.getByRole("button", { name: "Valider" }).click();
    await page.getByText(fr.actionDoneOtp).waitFor();
    await page.getByText("Téléphone du bureau").waitFor();
    const { admin, user } = await userOf(account);
    expect((await admin.users.getCredentials({ id: user.id! })).map((credential) => credential.type)).toContain("otp");

    // From now on the app's code is asked at sign-in, after the password.
    const again = await signedInToAccount(account, { path: "security" });
    await portalPage(again.page, OTP_TITLE).waitFor();
    await again.page.fill("#otp", await nextCode(app, [firstCode]));
    await again.page.getByRole("button", { name: "Valider" }).click();
    await portalPage(again.page, fr.securityTitle).waitFor();
    await again.context.close();

    await page.getByRole("button", { name: fr.securityRemove }).click();
    await page.getByRole("button", { name: fr.securityRemoveConfirmButton }).click();
    await page.getByText(fr.securityRemoved.replace("{0}", "Téléphone du bureau")).waitFor();
    expect((await admin.users.getCredentials({ id: user.id! })).map((credential) => credential.type)).not.toContain(
      "otp",
    );
    await context.close();
  });

  it("lists this device, and signs the account out of every device", async () => {
    const account = await activeAccount("account-devices");
    const other = await signedInToAccount(account);
    await portalPage(other.page, fr.personalInfoTitle).waitFor();
    const { context, page } = await signedInToAccount(account, { path: "devices" });
    await portalPage(page, fr.devicesTitle).waitFor();
    await page.getByText(fr.devicesThisOne).waitFor();
    const { admin, user } = await userOf(account);
    expect((await admin.users.listSessions({ id: user.id! })).length).toBe(2);

    await page.getByRole("button", { name: fr.devicesSignOutAll }).click();
    await page.getByRole("button", { name: fr.devicesSignOutAllConfirmButton }).click();
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    expect(await admin.users.listSessions({ id: user.id! })).toEqual([]);
    await other.page.reload();
    await portalPage(other.page, SIGN_IN_TITLE).waitFor();
    await Promise.all([context.close(), other.context.close()]);
  });
});

describe("what the account space's server refuses", () => {
  it("keeps the e-mail address when the Account REST API is asked to change it without the confirmation link", async () => {
    const account = await activeAccount("account-email-api");
    const { context, page } = await signedInToAccount(account);
    await portalPage(page, fr.personalInfoTitle).waitFor();
    const { keycloakUrl, realm } = testStack();
    const token = await accountToken(page);
    const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    const profile = await (await fetch(accountUrl(), { headers })).json();
    await fetch(accountUrl(), {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ ...profile, email: "someone.else@example.org" }),
    });
    const { admin, user } = await userOf(account);
    expect((await admin.users.findOne({ id: user.id! }))!.email).toBe(account.email);
    expect((await fetch(myAppsUrl(`${keycloakUrl}/realms/${realm}`))).status).toBe(401);
    await context.close();
  });
});

/** The account space's access token, as the page holds it: taken from its own token request. */
async function accountToken(page: Page): Promise<string> {
  const tokens = page.waitForResponse((response) => response.url().endsWith("/protocol/openid-connect/token"));
  await page.reload();
  return ((await (await tokens).json()) as { access_token: string }).access_token;
}
