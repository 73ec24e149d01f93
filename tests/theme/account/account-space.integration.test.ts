/**
 * "Mon compte", the account space, as the run's real Keycloak serves it, in Chromium: a person of
 * the siec realm signs in to /realms/siec/account/ and finds the portal's DSFR pages (no Keycloak
 * console), each without an axe-core violation at 1280 and 360 px, under a policy without
 * 'unsafe-inline' scripts; what a page changes is what the server holds, and what the server
 * refuses (an e-mail address changed without its link, another client's token, deleting one's own
 * account) stays refused. The same pages with the keyboard alone, the focus visible at every stop.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMessages } from "../../../theme/src/account/i18n";
import { MENU_ROUTES } from "../../../theme/src/account/routes";
import { establishmentUrl, myAppsUrl } from "@siec/contract";
import { nextCode, typeKeyIntoApp } from "../../support/authenticator-app";
import { axeViolations, launchChromium } from "../../../testing/browser";
import { actionLink } from "../../support/email-links";
import { pageId } from "../../../testing/browserless";
import { adminClient, inbox, testStack, uniqueEmail } from "../../support/keycloak";
import {
  activeAccount,
  makePrincipal,
  portalPage,
  signIn,
  tabTo,
  VALID_PASSWORD,
  type Account,
} from "../../support/journeys";
import {
  CANCEL_STEP,
  DELETE_ACCOUNT_TITLE,
  NEW_PASSWORD_TITLE,
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
  options: { width?: number; path?: string; otp?: () => Promise<string> } = {},
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
  await signIn(page, account.email, VALID_PASSWORD, options.otp);
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
    const otp = await makePrincipal(account.email, "0751234A");
    for (const width of [1280, 360]) {
      const { context, page, errors } = await signedInToAccount(account, { width, otp });
      await portalPage(page, fr.personalInfoTitle).waitFor();
      const response = await page.request.get(accountUrl());
      const policy = response.headers()["content-security-policy"]!;
      expect(/script-src[^;]*'unsafe-inline'/.test(policy), policy).toBe(false);
      expect(policy).toMatch(/script-src 'self' 'sha256-/);
      expect(await page.content()).not.toMatch(/keycloak\.v3|patternfly/i);
      for (const route of MENU_ROUTES) {
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

  it("lists the SIEC apps the account's groups open, with their links and descriptions, and no other", async () => {
    const account = await activeAccount("account-apps");
    const { context, page } = await signedInToAccount(account, { path: "applications" });
    await portalPage(page, fr.appsTitle).waitFor();
    const { apps } = testStack();
    const dexco = page.getByRole("link", { name: "DEXCO", exact: true });
    await dexco.waitFor();
    expect(await dexco.getAttribute("href")).toBe(`${apps.dexco}/`);
    expect(await page.getByRole("link", { name: "DPECothèque", exact: true }).count()).toBe(1);
    // Each app's tile says what the app is for: the client's description, as Keycloak holds it.
    const admin = await adminClient();
    for (const [clientId, name] of [
      ["dexco", "DEXCO"],
      ["dpecotheque", "DPECothèque"],
    ] as const) {
      const [client] = await admin.clients.find({ clientId });
      expect(client?.description, clientId).toBeTruthy();
      const tile = page.locator("li", { has: page.getByRole("link", { name, exact: true }) });
      expect((await tile.locator(".fr-tile__desc").textContent())?.trim(), clientId).toBe(client!.description);
    }
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
    const secondCode = await nextCode(app, [firstCode]);
    await again.page.fill("#otp", secondCode);
    await again.page.getByRole("button", { name: "Valider" }).click();
    await portalPage(again.page, fr.securityTitle).waitFor();
    await again.context.close();

    // Removing it takes proving the account again (issue 21, finding 2b). The account space's own
    // token, which a script in the page or anyone at an unattended browser holds, removes nothing
    // with a bare DELETE on the Account REST API…
    const otpId = (await admin.users.getCredentials({ id: user.id! })).find(
      (credential) => credential.type === "otp",
    )!.id!;
    const token = await accountToken(page);
    const bare = await fetch(accountUrl(`credentials/${encodeURIComponent(otpId)}`), {
      method: "DELETE",
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    });
    console.log(`bare DELETE /account/credentials/{id} with the account space's token: ${bare.status}`);
    expect(bare.status, "a bare DELETE of the authenticator app").toBe(405);
    expect((await admin.users.getCredentials({ id: user.id! })).map((credential) => credential.id)).toContain(otpId);

    // …and "Supprimer" asks for the password and the app's code again (realm-config/
    // required-actions.yaml: delete_credential's maximum age of authentication is 0 s), then
    // Keycloak's confirmation, the theme's DeleteCredential page.
    await portalPage(page, fr.securityTitle).waitFor();
    await page.getByRole("button", { name: fr.securityRemove }).click();
    await page.locator("#password").waitFor({ timeout: 10_000 });
    await page.fill("#password", VALID_PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await portalPage(page, OTP_TITLE).waitFor();
    await page.fill("#otp", await nextCode(app, [firstCode, secondCode]));
    await page.getByRole("button", { name: "Valider" }).click();
    await portalPage(page, "Supprimer « Téléphone du bureau »").waitFor();
    await page.getByRole("button", { name: "Supprimer", exact: true }).click();
    await page.getByText(fr.actionDoneCredentialRemoved).waitFor();
    // A new admin client: this test outlives the first one's tokens (two waits for the app's next code).
    expect(
      (await (await adminClient()).users.getCredentials({ id: user.id! })).map((credential) => credential.type),
    ).not.toContain("otp");
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

describe("a session that ended", () => {
  it("sends the person to sign in, then back to the page they were on", async () => {
    const account = await activeAccount("account-session-ended");
    const { context, page } = await signedInToAccount(account);
    await portalPage(page, fr.personalInfoTitle).waitFor();
    await page.getByRole("status").waitFor({ state: "detached" });
    // Signed out by an operator (or everywhere from another device): the page's token is refused.
    const { admin, user } = await userOf(account);
    await admin.users.logout({ id: user.id! });
    await page.getByRole("link", { name: fr.devicesTitle, exact: true }).click();
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    await signIn(page, account.email, VALID_PASSWORD);
    await portalPage(page, fr.devicesTitle).waitFor();
    await page.getByText(fr.devicesThisOne).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/account\/devices$/);
    await context.close();
  });
  it("says it cannot answer, without sending the person round, when the server refuses a token just given", async () => {
    const account = await activeAccount("account-without-roles");
    const { admin, user } = await userOf(account);
    const { realm } = testStack();
    const defaultRoles = await admin.roles.findOneByName({ name: `default-roles-${realm}` });
    await admin.users.delRealmRoleMappings({
      id: user.id!,
      roles: [{ id: defaultRoles!.id!, name: defaultRoles!.name! }],
    });
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const signInsAsked: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest() && request.url().includes("/protocol/openid-connect/auth"))
        signInsAsked.push(request.url());
    });
    await page.goto(accountUrl());
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    await signIn(page, account.email, VALID_PASSWORD);
    await page.getByText(fr.accountLoadFailed).waitFor();
    await page.waitForTimeout(3_000);
    expect(signInsAsked.length, signInsAsked.join("\n")).toBeLessThanOrEqual(3);
    await page.getByText(fr.accountLoadFailed).waitFor();
    await context.close();
  });
});

describe("the account space with the keyboard alone", () => {
  it("goes from the page start to the menu, to every page with Tab and Enter, one action on each where cheap, the focus visible at every stop", async () => {
    const account = await activeAccount("account-keyboard");
    // A compte principal, so that "Mon établissement" is in the menu too.
    const { admin, user } = await userOf(account);
    const otp = await makePrincipal(account.email, "0751234A");
    const { context, page, errors } = await signedInToAccount(account, { otp });
    const keyboard = keyboardOn(page);
    const menu = (title: (typeof MENU_ROUTES)[number]["title"]) =>
      page.getByRole("link", { name: fr[title], exact: true });
    const button = (name: string) => page.getByRole("button", { name, exact: true });
    // Not getByRole("status") alone: the outcome of a step the person came back from is one too.
    const loading = page.getByRole("status").filter({ hasText: fr.accountLoading });
    /** Reaches the menu's entry by Tab, opens it with Enter: the page's title, the focus on the page. */
    const open = async (title: (typeof MENU_ROUTES)[number]["title"]) => {
      await keyboard.reach(menu(title));
      await page.keyboard.press("Enter");
      await portalPage(page, fr[title]).waitFor();
      await loading.waitFor({ state: "detached" });
      expect(await page.evaluate(() => document.activeElement?.id), title).toBe("content");
    };

    // Mes informations, the first page: from the page's start, through the header, to the menu.
    await portalPage(page, fr.personalInfoTitle).waitFor();
    await loading.waitFor({ state: "detached" });
    await keyboard.reach(menu("personalInfoTitle"));
    await keyboard.reach(page.getByLabel(fr.personalInfoFirstName, { exact: true }));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Dominique");
    await keyboard.reach(button(fr.personalInfoSave));
    await page.keyboard.press("Enter");
    await page.getByText(fr.personalInfoSaved).waitFor();
    expect((await admin.users.findOne({ id: user.id! }))!.firstName).toBe("Dominique");

    // Mot de passe: to the sign-in pages' new-password step and back, cancelled.
    await open("passwordTitle");
    await keyboard.reach(button(fr.passwordChange));
    await page.keyboard.press("Enter");
    await portalPage(page, NEW_PASSWORD_TITLE).waitFor();
    await keyboard.reach(button(CANCEL_STEP));
    await page.keyboard.press("Enter");
    await portalPage(page, fr.passwordTitle).waitFor();
    await page.getByText(fr.actionCancelled).waitFor();

    // Mes applications: each app's link is a stop. The outcome stayed on the page it belongs to.
    await open("appsTitle");
    expect(await page.getByText(fr.actionCancelled).count(), "the outcome on another page").toBe(0);
    await keyboard.reach(page.getByRole("link", { name: "DEXCO", exact: true }));
    await keyboard.reach(page.getByRole("link", { name: "DPECothèque", exact: true }));

    // Appareils et sessions: the confirmation of signing out everywhere, opened and cancelled.
    await open("devicesTitle");
    await keyboard.reach(button(fr.devicesSignOutAll));
    await page.keyboard.press("Enter");
    await page.getByText(fr.devicesSignOutAllConfirm).waitFor();
    // The focus moves into the confirmation that replaced the button, and back to the button.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(fr.devicesSignOutAllConfirm);
    await keyboard.reach(button(fr.devicesSignOutAllConfirmButton));
    await keyboard.reach(button(fr.cancel));
    await page.keyboard.press("Enter");
    await button(fr.devicesSignOutAll).waitFor();
    await expect
      .poll(() => button(fr.devicesSignOutAll).evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect((await admin.users.listSessions({ id: user.id! })).length).toBe(1);

    // Double authentification: to the authenticator app's set-up step and back, cancelled.
    await open("securityTitle");
    await keyboard.reach(button(fr.securityOtpAdd));
    await page.keyboard.press("Enter");
    await portalPage(page, TOTP_SETUP_TITLE).waitFor();
    await keyboard.reach(button(CANCEL_STEP));
    await page.keyboard.press("Enter");
    await portalPage(page, fr.securityTitle).waitFor();
    await page.getByText(fr.actionCancelled).waitFor();

    // Mon établissement: its form's field is a stop. The list the menu asked for when the account
    // space opened is the page's: not asked again.
    const { keycloakUrl, realm } = testStack();
    const establishments = establishmentUrl(`${keycloakUrl}/realms/${realm}`);
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "GET" && request.url().split("?")[0] === establishments) asked.push(request.url());
    });
    await open("establishmentTitle");
    await page.getByRole("heading", { name: fr.establishmentSection.replace("{0}", "0751234A") }).waitFor();
    expect(asked).toEqual([]);
    await keyboard.reach(page.getByLabel(fr.establishmentAddLabel).first());

    // Back up to the header's "Se déconnecter", and out.
    await keyboard.reach(button(fr.accountSignOut));
    await page.keyboard.press("Enter");
    await portalPage(page, SIGN_IN_TITLE).waitFor();

    expect(keyboard.invisible).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens the menu of a 360 px screen with Enter, and a page from it", async () => {
    const account = await activeAccount("account-keyboard-phone");
    const { context, page, errors } = await signedInToAccount(account, { width: 360 });
    const keyboard = keyboardOn(page);
    await portalPage(page, fr.personalInfoTitle).waitFor();
    const menuButton = page.getByRole("button", { name: fr.accountMenuButton, exact: true });
    const devices = page.getByRole("link", { name: fr.devicesTitle, exact: true });
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    await keyboard.reach(menuButton);
    await page.keyboard.press("Enter");
    await expect.poll(() => menuButton.getAttribute("aria-expanded")).toBe("true");
    await devices.waitFor();
    await keyboard.reach(devices);
    await page.keyboard.press("Enter");
    await portalPage(page, fr.devicesTitle).waitFor();
    await page.getByText(fr.devicesThisOne).waitFor();
    expect(keyboard.invisible).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * Tab (or Shift+Tab, when the target comes before the focus) to an element, as tabTo presses
 * them; every stop where the focus was not visible is kept in `invisible`, with the page's path.
 */
function keyboardOn(page: Page): { reach: (target: Locator) => Promise<void>; invisible: string[] } {
  const invisible: string[] = [];
  return {
    invisible,
    async reach(target) {
      await target.waitFor();
      const backwards = await target.evaluate((element) => {
        const focused = document.activeElement;
        if (focused === null || focused === document.body) return false;
        return (element.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      const stops = await tabTo(page, target, { backwards, max: 60 });
      invisible.push(...stops.invisible.map((stop) => `${new URL(page.url()).pathname}: ${stop}`));
    },
  };
}

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

describe("deleting one's own account", () => {
  it("is not offered: kc_action=delete_account from the account space comes back without a deletion page, and the Account REST API deletes nothing", async () => {
    const account = await activeAccount("account-no-deletion");
    const { context, page } = await signedInToAccount(account);
    await portalPage(page, fr.personalInfoTitle).waitFor();
    const { keycloakUrl, realm } = testStack();
    // The request keycloak-js makes for the account space's startAction("delete_account").
    const authorize = new URL(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: "account-console",
      redirect_uri: accountUrl(),
      response_type: "code",
      response_mode: "fragment",
      scope: "openid",
      state: "deletion-attempt",
      nonce: "deletion-attempt",
      code_challenge: createHash("sha256").update(randomBytes(32).toString("base64url")).digest("base64url"),
      code_challenge_method: "S256",
      kc_action: "delete_account",
    }).toString();

    // Keycloak asks for the password again before its delete_account (no grace period: its maximum
    // age of authentication is 0 s), so a person would meet the sign-in page first whenever they
    // ask; prompt=login makes that so here too, whatever the second. Then the action is refused and
    // the browser sent back to the account space: no deletion page on the way.
    authorize.searchParams.set("prompt", "login");
    const pagesShown: string[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "document" || response.status() !== 200) return;
      const shown = pageId(await response.text().catch(() => ""));
      pagesShown.push(shown ?? new URL(response.url()).pathname);
    });
    const sentBack = page.waitForResponse((response) =>
      (response.headers()["location"] ?? "").startsWith(`${accountUrl()}#`),
    );
    await page.goto(authorize.href);
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    await signIn(page, account.email, VALID_PASSWORD);
    const back = new URL((await sentBack).headers()["location"]!);
    expect(new URLSearchParams(back.hash.slice(1)).get("kc_action_status"), back.href).toBe("error");
    await portalPage(page, fr.personalInfoTitle).waitFor();
    expect(pagesShown).toContain("login.ftl");
    expect(pagesShown).not.toContain("delete-account-confirm.ftl");
    expect(await page.locator("body").textContent()).not.toContain(DELETE_ACCOUNT_TITLE);

    // The Account REST API has no deletion, and the account has not the role Keycloak's would need.
    const token = await accountToken(page);
    const deletion = await fetch(accountUrl(), {
      method: "DELETE",
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    });
    expect([404, 405], `DELETE ${accountUrl()}: ${deletion.status}`).toContain(deletion.status);
    const { admin, user } = await userOf(account);
    const [accountClient] = await admin.clients.find({ clientId: "account" });
    const roles = await admin.users.listCompositeClientRoleMappings({
      id: user.id!,
      clientUniqueId: accountClient!.id!,
    });
    expect(roles.map((role) => role.name)).not.toContain("delete-account");
    expect((await admin.users.findOne({ id: user.id! }))?.enabled).toBe(true);
    await context.close();
  });
});

/** The account space's access token, as the page holds it: taken from its own token request. */
async function accountToken(page: Page): Promise<string> {
  const tokens = page.waitForResponse((response) => response.url().endsWith("/protocol/openid-connect/token"));
  await page.reload();
  return ((await (await tokens).json()) as { access_token: string }).access_token;
}
