/**
 * The sign-in pages of issue 25 as the run's real Keycloak serves them, with a local ProConnect
 * (stack/proconnect) as an identity provider of alias `proconnect` in a throw-away realm: the
 * button on the sign-in page (the theme's own login.ftl data), the page for an address no account
 * has (error.ftl), and the password asked to link an existing account (login.ftl again).
 */
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePorts } from "../../../stack/ports";
import { startProConnect, type ProConnect, type ProConnectPerson } from "../../../stack/proconnect/provider";
import { launchChromium } from "../../../testing/browser";
import { appSignInUrl, brandedClient, createThemeRealm } from "../../../testing/theme-realm";
import { adminClient, personWithPassword, testStack } from "../../support/keycloak";
import { loginTranslations } from "../../support/login-translations";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../../support/login-translations"));

const app = brandedClient(
  "dexco",
  "DEXCO",
  "Plateforme de dématérialisation des dossiers candidat.",
  "http://dexco.test",
);
const FLOW = "siec first broker login";
const agent = (email: string): ProConnectPerson => ({
  sub: `sub-${email}`,
  email,
  given_name: "Marie",
  usual_name: "Dupont",
  uid: "mdupont",
  siret: "17940001100019",
  idp_id: "ac-creteil",
});

let browser: Browser;
let admin: KeycloakAdminClient;
let proconnect: ProConnect;
let realm: string;
let removeRealm: () => Promise<void>;
let known: { email: string };
const unknownEmail = `inconnue.${Date.now().toString(36)}@ac-creteil.fr`;

beforeAll(async () => {
  const { keycloakUrl } = testStack();
  admin = await adminClient();
  realm = `theme-proconnect-${Date.now().toString(36)}`;
  ({ remove: removeRealm } = await createThemeRealm(admin, realm, { clients: [app], registrationAllowed: false }));
  known = await personWithPassword("lien-proconnect", { value: "Examens2026!x" }, realm);
  const [port] = await freePorts(1);
  const broker = `${keycloakUrl}/realms/${realm}/broker/proconnect/endpoint`;
  proconnect = await startProConnect({
    port,
    clients: [
      {
        clientId: "portail",
        clientSecret: "secret",
        redirectUris: [broker],
        postLogoutRedirectUris: [`${broker}/logout_response`],
      },
    ],
    people: [agent(known.email), agent(unknownEmail)],
  });
  admin.setConfig({ realmName: realm });
  // The first-broker-login steps issue 25 names: no account created, an existing one linked by its password.
  await admin.authenticationManagement.createFlow({
    alias: FLOW,
    providerId: "basic-flow",
    topLevel: true,
    builtIn: false,
  });
  for (const provider of ["idp-detect-existing-broker-user", "idp-username-password-form"])
    await admin.authenticationManagement.addExecutionToFlow({ flow: FLOW, provider });
  for (const execution of await admin.authenticationManagement.getExecutions({ flow: FLOW }))
    await admin.authenticationManagement.updateExecution({ flow: FLOW }, { ...execution, requirement: "REQUIRED" });
  const discovery = (await (await fetch(`${proconnect.issuer}/.well-known/openid-configuration`)).json()) as Record<
    string,
    string
  >;
  await admin.identityProviders.create({
    alias: "proconnect",
    providerId: "oidc",
    displayName: "ProConnect",
    enabled: true,
    firstBrokerLoginFlowAlias: FLOW,
    config: {
      issuer: proconnect.issuer,
      authorizationUrl: discovery.authorization_endpoint!,
      tokenUrl: discovery.token_endpoint!,
      userInfoUrl: discovery.userinfo_endpoint!,
      jwksUrl: discovery.jwks_uri!,
      useJwksUrl: "true",
      validateSignature: "true",
      clientId: "portail",
      clientSecret: "secret",
      clientAuthMethod: "client_secret_post",
      defaultScope: "openid email given_name usual_name",
      syncMode: "IMPORT",
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await proconnect?.stop();
  await removeRealm?.();
});

async function open(locale = "fr-FR"): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await page.goto(appSignInUrl(testStack().keycloakUrl, realm, app), { waitUntil: "networkidle" });
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
      expect(await button.getAttribute("href")).toContain(`/realms/${realm}/broker/proconnect/login?`);
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

  it("asks the password of the account with that address to link it, naming ProConnect, without its button", async () => {
    const texts = (await loginTranslations()).fr!;
    const page = await open();
    await throughProConnect(page, known.email);
    expect(await page.locator("main h1").textContent()).toBe(texts.loginLinkAccountTitle);
    expect(await page.locator("main .fr-alert").textContent()).toBe(
      texts.federatedIdentityConfirmReauthenticateMessage!.replace("{0}", "ProConnect"),
    );
    expect(await page.locator("#username").inputValue()).toBe(known.email);
    expect(await page.locator("#username").getAttribute("readonly")).not.toBeNull();
    expect(await page.locator(".fr-connect").count()).toBe(0);
    await page.context().close();
  });
});
