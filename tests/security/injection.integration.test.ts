/**
 * Attack tests (issue 7): script injection. Every payload, wherever it comes from (an app's name
 * and description, a person's e-mail address, the URL's parameters), must be shown as text. In
 * Chromium each payload would raise a dialog or set `window.__xss`: neither may happen, and no
 * element of the page may carry an event handler attribute.
 */
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../testing/browser";
import { adminClient, inbox, testStack, uniqueEmail } from "../support/keycloak";
import { appSignInUrl, brandedClient, createThemeRealm } from "../../testing/theme-realm";
import { EMAIL_SENT } from "../support/wording";

const payloads = {
  img: `<img src=x onerror="window.__xss='img';alert('img')">`,
  script: `<script>window.__xss='script';alert('script')</script>`,
  svg: `"><svg onload="window.__xss='svg';alert('svg')">`,
};
const allPayloads = Object.values(payloads).join(" ");
const app = {
  ...brandedClient(
    "xss-app",
    `App ${payloads.img}`,
    `Description ${payloads.script} ${payloads.svg}`,
    "http://xss.test",
  ),
};
const realm = `security-xss-${Date.now().toString(36)}`;
/** Keycloak's e-mail validator accepts a quoted local part: markup can be part of an address. */
const payloadEmail = () => `"<img src=x onerror=window.__xss=1>${Math.random().toString(36).slice(2, 7)}"@example.org`;

let browser: Browser;

/** An admin client working on the throw-away realm (a fresh one: tokens of master live 1 minute). */
async function realmAdmin(): Promise<KeycloakAdminClient> {
  const admin = await adminClient();
  admin.setConfig({ realmName: realm });
  return admin;
}

beforeAll(async () => {
  const admin = await adminClient();
  const { smtpServer } = (await admin.realms.findOne({ realm: testStack().realm }))!;
  await createThemeRealm(admin, realm, { smtpServer, clients: [app] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await (await adminClient()).realms.del({ realm });
});

/** What an attacker posts is not limited by the browser's own checks (type="email"…). */
const withoutBrowserValidation = (page: Page) =>
  page.evaluate(() => document.querySelectorAll("form").forEach((form) => (form.noValidate = true)));

/** A page that records every dialog; `check()` says whether any payload ran. */
async function watchedPage(): Promise<{ page: Page; check: (where: string) => Promise<void> }> {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    page,
    check: async (where) => {
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        handlers: Array.from(document.querySelectorAll("*")).flatMap((element) =>
          element
            .getAttributeNames()
            .filter((name: string) => name.startsWith("on"))
            .map((name: string) => `${element.tagName}[${name}]`),
        ),
        injected: document.querySelectorAll("img[src='x'], svg[onload], body script:not([src]):not([type])").length,
      }));
      expect({ where, dialogs, ...state }).toEqual({ where, dialogs: [], xss: null, handlers: [], injected: 0 });
    },
  };
}

const signInUrl = (params: Record<string, string> = {}) => {
  const url = new URL(appSignInUrl(testStack().keycloakUrl, realm, app));
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
};

async function temporaryAccount(email: string) {
  const admin = await realmAdmin();
  // No names: after the new password, Keycloak asks for them on the profile page (its e-mail field shown too).
  const { id } = await admin.users.create({ username: email, email, enabled: true, emailVerified: true });
  await admin.users.resetPassword({ id, credential: { type: "password", value: "Temporaire2026$", temporary: true } });
  return id;
}

describe("the sign-in page", () => {
  it("shows the app's name and description and the login_hint as text", async () => {
    const { page, check } = await watchedPage();
    await page.goto(signInUrl({ login_hint: payloads.svg, ui_locales: payloads.img, kc_locale: payloads.script }), {
      waitUntil: "networkidle",
    });
    await page.locator("main h1").waitFor();
    const main = page.locator("main");
    await expect.poll(() => main.textContent()).toContain(app.name);
    expect(await main.textContent()).toContain(app.description);
    expect(await page.inputValue("#username")).toBe(payloads.svg);
    await check("sign-in page");
    await page.context().close();
  });

  it("shows an attempted address as text after a wrong password", async () => {
    const { page, check } = await watchedPage();
    await page.goto(signInUrl(), { waitUntil: "networkidle" });
    const email = payloadEmail();
    await withoutBrowserValidation(page);
    await page.fill("#username", email);
    await page.fill("#password", allPayloads);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.locator("#password-messages-group").waitFor();
    expect(await page.inputValue("#username")).toBe(email);
    await check("sign-in page after an error");
    await page.context().close();
  });

  it.each([
    ["client_id", { client_id: payloads.img }],
    ["redirect_uri", { redirect_uri: `javascript:${payloads.script}` }],
    ["error and error_description", { error: payloads.svg, error_description: payloads.img }],
    ["prompt", { prompt: payloads.svg }],
    ["kc_action", { kc_action: payloads.img }],
  ])("an error from a bad %s parameter shows it as text", async (_name, params) => {
    const { page, check } = await watchedPage();
    const response = await page.goto(signInUrl(params), { waitUntil: "networkidle" });
    expect(new URL(page.url()).origin, `${_name} led the browser away`).toBe(new URL(testStack().keycloakUrl).origin);
    expect(response).not.toBeNull();
    await check(`${_name} parameter`);
    await page.context().close();
  });
});

describe("the reset page", () => {
  it("takes a payload as address and kc_locale as text, and confirms as usual", async () => {
    const { page, check } = await watchedPage();
    await page.goto(signInUrl(), { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.locator("main h1", { hasText: "Mot de passe oublié" }).waitFor();
    const resetUrl = new URL(page.url());
    resetUrl.searchParams.set("kc_locale", payloads.svg);
    await page.goto(resetUrl.toString(), { waitUntil: "networkidle" });
    await page.locator("main h1").waitFor();
    await check("reset page");
    await withoutBrowserValidation(page);
    await page.fill("#username", payloads.img);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByText(EMAIL_SENT).waitFor();
    await check("reset page, confirmation");
    await page.context().close();
  });
});

describe("the new-password and profile pages", () => {
  it("show a person whose e-mail address carries markup as text", async () => {
    const email = payloadEmail();
    await temporaryAccount(email);
    const { page, check } = await watchedPage();
    await page.goto(signInUrl(), { waitUntil: "networkidle" });
    await withoutBrowserValidation(page);
    await page.fill("#username", email);
    await page.fill("#password", "Temporaire2026$");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.locator("#password-rules:not([aria-busy])").waitFor();
    await check("new-password page");
    await page.fill("#password-new", "Examens2026$ok");
    await page.fill("#password-confirm", "Examens2026$ok");
    await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
    await page.locator("main h1", { hasText: "Activer votre compte" }).waitFor();
    await check("profile page");
    await page.context().close();
  });
});

describe("names", () => {
  it("with markup are refused by the user profile (person-name-prohibited-characters)", async () => {
    const email = uniqueEmail("xss-name");
    const admin = await realmAdmin();
    await expect(
      admin.users.create({ username: email, email, firstName: payloads.img, lastName: payloads.svg, enabled: true }),
    ).rejects.toMatchObject({ response: { status: 400 } });
    // The same rule is declared for the siec realm, in realm-config/user-profile.yaml.
    const siec = await adminClient();
    const profile = await siec.users.getProfile();
    for (const name of ["firstName", "lastName"]) {
      expect(profile.attributes!.find((attribute) => attribute.name === name)!.validations).toHaveProperty(
        "person-name-prohibited-characters",
      );
    }
  });
});

describe("the e-mails", () => {
  it("carry no live tag from the app's name and description (invitation for the app)", async () => {
    const email = uniqueEmail("xss-mail");
    const id = await temporaryAccount(email);
    await (
      await realmAdmin()
    ).users.executeActionsEmail({
      id,
      actions: ["UPDATE_PASSWORD"],
      clientId: app.clientId,
      redirectUri: `${app.rootUrl}/`,
      lifespan: 3600,
    });
    const message = await inbox().waitFor(email);
    for (const tag of ["<img", "<script", "<svg", "onerror=", "onload="]) expect(message.html).not.toContain(tag);
    // Where the app's name is mentioned, it is escaped.
    if (message.html.includes("App &lt;img")) expect(message.html).toContain("&lt;img src=x");
  });
});
