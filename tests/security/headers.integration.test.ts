/**
 * Attack tests (issue 7): clickjacking and leaks. The theme's pages carry the security headers
 * realm-config/realm.yaml declares (`securityHeaders`), another site cannot frame them, and in
 * Chromium no page of the theme sends a request to another origin.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../testing/browser";
import { adminClient, inbox, personWithPassword, testStack } from "../support/keycloak";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { realmConfigDir } from "../../stack/realm";
import { appClients, codeFlowUrl, CookieJar, kcContextString, loginAction } from "./http";

const { keycloakUrl, realm } = testStack();
const keycloakOrigin = new URL(keycloakUrl).origin;
const [app] = await appClients();
const client = { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function expectSecurityHeaders(headers: Headers, where: string) {
  expect(headers.get("content-security-policy"), where).toMatch(/frame-ancestors 'self'/);
  expect(headers.get("content-security-policy"), where).toMatch(/object-src 'none'/);
  expect(headers.get("x-frame-options"), where).toBe("SAMEORIGIN");
  expect(headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(headers.get("referrer-policy"), where).toBe("no-referrer");
  expect(headers.get("x-robots-tag"), where).toBe("none");
}

const declaredPolicy = (
  parse(await readFile(path.join(realmConfigDir, "realm.yaml"), "utf8")) as {
    securityHeaders: { contentSecurityPolicy: string };
  }
).securityHeaders.contentSecurityPolicy;

/** The directives of a Content-Security-Policy header, each with its sources. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("security headers", () => {
  it("are sent with the sign-in, reset and error pages", async () => {
    const jar = new CookieJar();
    const signIn = await jar.request(codeFlowUrl(realm, client));
    expectSecurityHeaders(signIn.headers, "sign-in page");
    const reset = await jar.follow(
      new URL(kcContextString(signIn.body, "loginResetCredentialsUrl")!, keycloakUrl).toString(),
    );
    expectSecurityHeaders(reset.headers, "reset page");
    const error = await new CookieJar().request(codeFlowUrl(realm, { ...client, redirectUri: "https://evil.test/" }));
    expect(error.status).toBe(400);
    expectSecurityHeaders(error.headers, "error page");
  });

  it("are the ones realm-config declares, on the live realm", async () => {
    const live = (await (await adminClient()).realms.findOne({ realm }))!;
    expect(live.browserSecurityHeaders).toMatchObject({
      contentSecurityPolicy: declaredPolicy,
      xFrameOptions: "SAMEORIGIN",
      xContentTypeOptions: "nosniff",
      referrerPolicy: "no-referrer",
      xRobotsTag: "none",
    });
  });
});

describe("script limits (Content-Security-Policy)", () => {
  it("allow the portal's own scripts and the page's own data script only, by its hash", async () => {
    const page = await new CookieJar().request(codeFlowUrl(realm, client));
    const policy = directives(page.headers.get("content-security-policy"));
    const dataScript = /^<!DOCTYPE html><html[^>]*><head><script>([\s\S]*?)<\/script>/.exec(page.body)![1]!;
    const hash = `'sha256-${createHash("sha256").update(dataScript).digest("base64")}'`;
    expect(policy["script-src"]).toEqual(["'self'", hash]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    // The form's redirect goes back to the app: its origin, and no other site's, may follow a form.
    expect(policy["form-action"]).toContain("'self'");
    expect(policy["form-action"]).toContain(new URL(client.redirectUri).origin);
    expect(policy["form-action"]!.every((source) => source === "'self'" || /^https?:\/\/[^/*]+$/.test(source))).toBe(
      true,
    );
    // The front-channel sign-out page frames the apps' sign-out URLs: their origins, and only those.
    expect(policy["frame-src"]).toEqual(policy["form-action"]);
    // Every page has a hash of its own: the data script differs from one page to the next.
    const other = await new CookieJar().request(codeFlowUrl(realm, client));
    expect(directives(other.headers.get("content-security-policy"))["script-src"]).not.toContain(hash);
  });

  it("block script injected into the sign-in page, while the page itself runs and signs in", async () => {
    const { email } = await personWithPassword("csp", { value: "Examens2026$ok" });
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as { violations?: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
      );
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    await page.goto(codeFlowUrl(realm, client), { waitUntil: "networkidle" });
    await page.locator("main h1").waitFor();
    expect(await violations()).toEqual([]);
    // After a post, Keycloak's page carries its own script giving the page its URL: allowed too.
    await page.fill("#username", email);
    await page.fill("#password", "Pas-le-bon-2026$");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.getByText("Adresse mail ou mot de passe incorrect.").first().waitFor();
    expect(await violations()).toEqual([]);
    expect(page.url()).not.toContain("session_code");

    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img src="data:," onload="window.__injected = 1">`);
      const script = document.createElement("script");
      script.textContent = "window.__injected = 2";
      document.body.append(script);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await violations()).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));

    await page.fill("#username", email);
    await page.fill("#password", "Examens2026$ok");
    const leftForApp = page.waitForRequest((request) => request.url().startsWith(client.redirectUri));
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    expect(new URL((await leftForApp).url()).searchParams.has("code")).toBe(true);
    await context.close();
  });
});

describe("response_mode=form_post (Keycloak's auto-submitting page)", () => {
  it("posts the code to the app, its one inline handler allowed by its hash on that page only (issue 21, finding 8)", async () => {
    const { email } = await personWithPassword("csp-form-post", { value: "Examens2026$ok" });
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as { violations?: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.sample}`),
      );
    });
    const formPostPolicies: string[] = [];
    // Keycloak answers the sign-in form's post, with the right password, with its form_post page.
    page.on("response", (response) => {
      const request = response.request();
      if (request.method() === "POST" && response.url().includes("/login-actions/authenticate") && response.ok())
        formPostPolicies.push(response.headers()["content-security-policy"] ?? "");
    });
    await page.goto(codeFlowUrl(realm, client, { response_mode: "form_post" }));
    const signInPolicy = directives(
      (await page.request.get(codeFlowUrl(realm, client))).headers()["content-security-policy"] ?? null,
    );
    await page.fill("#username", email);
    await page.fill("#password", "Examens2026$ok");
    const posted = page
      .waitForRequest((request) => request.url().startsWith(client.redirectUri) && request.method() === "POST", {
        timeout: 10_000,
      })
      .catch(() => undefined);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    const request = await posted;
    const violations = await page
      .evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])
      .catch(() => ["(page gone)"]);
    console.log(
      `form_post: posted to the app ${request !== undefined}; violations on Keycloak's page ${JSON.stringify(violations)}; its policy's script-src ${JSON.stringify(formPostPolicies.map((policy) => directives(policy)["script-src"]))}`,
    );
    expect(request, "the browser posted the code to the app's redirect URI").toBeDefined();
    expect(new URLSearchParams(request!.postData() ?? "").has("code")).toBe(true);
    // Only Keycloak's handler (document.forms[0].submit()) and its URL script, by their hashes,
    // never 'unsafe-inline'; the other pages do not get them.
    const handlerHash = `'sha256-${createHash("sha256").update("document.forms[0].submit()").digest("base64")}'`;
    expect(formPostPolicies).toHaveLength(1);
    const [self, unsafeHashes, handler, ...others] = directives(formPostPolicies[0]!)["script-src"]!;
    expect([self, unsafeHashes, handler]).toEqual(["'self'", "'unsafe-hashes'", handlerHash]);
    expect(
      others.every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)),
      others.join(" "),
    ).toBe(true);
    // The page left for the app at once: nothing of it is left to ask for violations.
    expect(violations.filter((violation) => violation !== "(page gone)")).toEqual([]);
    expect(signInPolicy["script-src"]).not.toContain("'unsafe-hashes'");
    expect(signInPolicy["script-src"]).not.toContain(handlerHash);
    await context.close();
  });
});

describe("clickjacking", () => {
  let server: Server;
  let attacker: string;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.setHeader("content-type", "text/html");
      response.end(
        `<!doctype html><title>evil</title><iframe id="victim" src="${codeFlowUrl(realm, client)}"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    attacker = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it("another site cannot show the sign-in page in a frame", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const framed = page.waitForResponse((response) => response.url().startsWith(`${keycloakUrl}/realms/`));
    await page.goto(attacker, { waitUntil: "load" });
    expect((await framed).status()).toBe(200); // Keycloak answered; Chromium must not render it.
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    const rendered = await frame
      .evaluate(() => document.querySelector("main h1")?.textContent ?? null)
      .catch(() => null);
    expect(rendered).toBeNull();
    expect(frame.url()).not.toContain("/protocol/openid-connect/auth");
    await context.close();
  });
});

describe("no request to another origin", () => {
  async function recorded(): Promise<{ page: Page; origins: Set<string> }> {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const origins = new Set<string>();
    context.on("request", (request) => origins.add(new URL(request.url()).origin));
    return { page, origins };
  }

  it("from the sign-in, reset, new-password and expired-link pages", async () => {
    const { email } = await personWithPassword("origins", { value: "Temporaire2026$", temporary: true });

    const { page, origins } = await recorded();
    await page.goto(codeFlowUrl(realm, client), { waitUntil: "networkidle" });
    await page.locator("main h1").waitFor();
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.locator("main h1", { hasText: "Mot de passe oublié" }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.goto(codeFlowUrl(realm, client), { waitUntil: "networkidle" });
    await page.fill("#username", email);
    await page.fill("#password", "Temporaire2026$");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.locator("#password-rules:not([aria-busy])").waitFor();
    await page.waitForLoadState("networkidle");

    // An expired link: a reset link already used to set a password.
    const jar = new CookieJar();
    const signIn = await jar.request(codeFlowUrl(realm, client));
    const reset = await jar.follow(
      new URL(kcContextString(signIn.body, "loginResetCredentialsUrl")!, keycloakUrl).toString(),
    );
    await jar.follow(loginAction(reset.body), { form: { username: email } });
    const link = (await inbox().waitFor(email)).links.find((candidate) => candidate.includes("action-token"))!;
    const used = new CookieJar();
    const opened = await used.follow(link);
    await used.follow(loginAction(opened.body), {
      form: { "password-new": "Examens2026$ok", "password-confirm": "Examens2026$ok" },
    });
    await page.goto(link, { waitUntil: "networkidle" });
    await page.locator("main h1").waitFor();
    expect(await page.locator("#password-new").count()).toBe(0);

    expect([...origins]).toEqual([keycloakOrigin]);
    await page.context().close();
  });
});
