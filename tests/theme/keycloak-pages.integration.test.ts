/**
 * The siec theme as the run's real Keycloak serves it, seen in Chromium: branding per app, French
 * and English, only same-origin requests, and password rules that follow the realm's policy.
 * Realm-wide changes happen in throw-away realms, never in the shared `siec` realm.
 */
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../testing/browser";
import { notTheCode, typeKeyIntoApp } from "../support/authenticator-app";
import { codeFlowUrlAt } from "../../testing/browserless";
import { adminClient, personWithPassword, testStack, uniqueEmail } from "../support/keycloak";
import {
  appSignInUrl,
  brandedClient,
  createThemeRealm,
  passwordRefusal,
  shownRules,
  siecRulesShown,
} from "../../testing/theme-realm";
import { NEW_PASSWORD_TITLE, SIGN_IN_TITLE, TOTP_SETUP_TITLE } from "../support/wording";
import { frameMessages } from "../../theme/src/shared/frameMessages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function signInPage(realm: string, client: ClientRepresentation): string {
  return appSignInUrl(testStack().keycloakUrl, realm, client);
}

async function open(url: string, locale = "fr-FR"): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator("main h1").waitFor();
  return page;
}

describe("the sign-in page of each SIEC app", () => {
  it("shows the app's name, description, help guide and legal notice from the client", async () => {
    const admin = await adminClient();
    const realm = `theme-branding-${Date.now().toString(36)}`;
    const apps = [
      brandedClient("dexco", "DEXCO", "Plateforme de dématérialisation des dossiers candidat.", "http://dexco.test"),
      brandedClient("eabsence", "eAbsence", "Déclaration des absences aux examens.", "http://eabsence.test"),
    ];
    const { remove } = await createThemeRealm(admin, realm, { clients: apps });
    try {
      for (const app of apps) {
        const page = await open(signInPage(realm, app));
        const main = page.locator("main");
        await expect.poll(() => main.textContent()).toContain(app.name!);
        expect(await main.textContent()).toContain(app.description!);
        const guide = main.getByRole("link", { name: "Guide d'utilisation - Aide à la connexion" });
        expect(await guide.getAttribute("href")).toBe(app.attributes!["siec.help-guide-url"]);
        const legal = main.getByRole("link", { name: "Mentions légales" });
        expect(await legal.getAttribute("href")).toBe(app.attributes!["siec.legal-notice-url"]);
        await page.context().close();
      }
    } finally {
      await remove();
    }
  });

  it("shows the name and description realm-config gives each client of the siec realm", async () => {
    const { realm } = testStack();
    const admin = await adminClient();
    const clients = (await admin.clients.find()).filter((client) => client.description && client.rootUrl);
    expect(clients.length).toBeGreaterThan(0);
    for (const client of clients) {
      const page = await open(signInPage(realm, client));
      const text = await page.locator("main").textContent();
      expect(text).toContain(client.name);
      expect(text).toContain(client.description);
      await page.context().close();
    }
  });

  it("renders cleanly without an app of the SIEC (Keycloak's own account console), named as the account space", async () => {
    const { keycloakUrl, realm } = testStack();
    const page = await open(`${keycloakUrl}/realms/${realm}/account`);
    expect(await page.locator("main h1").textContent()).toBe(SIGN_IN_TITLE);
    const text = await page.locator("main").innerText();
    expect(text).toContain(frameMessages.fr.siecAccountSpace);
    expect(text).not.toContain("Console de gestion du compte");
    await page.context().close();
  });
});

describe("the siec sign-in page", () => {
  it("speaks French by default, with the SIEC wording, and loads nothing from another origin", async () => {
    const { keycloakUrl, realm } = testStack();
    const [client] = await (await adminClient()).clients.find({ clientId: "dpecotheque" });
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await page.goto(signInPage(realm, client!), { waitUntil: "networkidle" });

    expect([...origins]).toEqual([new URL(keycloakUrl).origin]);
    const main = page.locator("main");
    for (const text of [
      "Authentification unique pour nos services",
      "C'est votre première connexion ?",
      "Vous avez déjà un compte ?",
      "Renseignez vos identifiants",
    ]) {
      expect(await main.textContent()).toContain(text);
    }
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await expect.poll(() => page.getByRole("button", { name: "Se connecter", exact: true }).count()).toBe(1);
    expect(await page.locator("footer").textContent()).toMatch(
      /Accessibilité : non conforme.*Mentions légales.*Données personnelles.*Gestion des cookies/,
    );
    await context.close();
  });

  it("speaks English to an English browser", async () => {
    const { realm } = testStack();
    const [client] = await (await adminClient()).clients.find({ clientId: "dpecotheque" });
    const page = await open(signInPage(realm, client!), "en-US");
    expect(await page.locator("main h1").textContent()).toBe(
      "Welcome to the secure authentication portal of the Maison des examens.",
    );
    await page.context().close();
  });

  it("tells wrong credentials apart, on the field, in French", async () => {
    const { realm } = testStack();
    const [client] = await (await adminClient()).clients.find({ clientId: "dpecotheque" });
    const page = await open(signInPage(realm, client!));
    await page.fill("#username", uniqueEmail("nobody"));
    await page.fill("#password", "pas le bon mot de passe");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.locator("#password-messages-group").waitFor();
    expect(await page.locator("#password-messages-group").textContent()).toContain(
      "Adresse mail ou mot de passe incorrect.",
    );
    expect(await page.getAttribute("#username", "aria-describedby")).toContain("password-messages-group");
    await page.context().close();
  });
});

describe("the new-password page", () => {
  const app = brandedClient(
    "dexco",
    "DEXCO",
    "Plateforme de dématérialisation des dossiers candidat.",
    "http://dexco.test",
  );

  async function newPasswordPage(realm: string, email: string, password: string): Promise<Page> {
    const page = await open(signInPage(realm, app));
    await page.fill("#username", email);
    await page.fill("#password", password);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.locator("#password-rules:not([aria-busy])").waitFor();
    return page;
  }

  it("lists the realm's live policy, follows a change of policy, and shows the server's rejection", async () => {
    const admin = await adminClient();
    const realm = `theme-policy-${Date.now().toString(36)}`;
    const { remove } = await createThemeRealm(admin, realm, { clients: [app] });
    try {
      admin.setConfig({ realmName: realm });
      const email = uniqueEmail("new-password");
      const { id } = await admin.users.create({ username: email, email, enabled: true, emailVerified: true });
      await admin.users.resetPassword({
        id,
        credential: { type: "password", value: "Temporaire2026$", temporary: true },
      });

      let page = await newPasswordPage(realm, email, "Temporaire2026$");
      expect(await page.locator("main h1").textContent()).toBe(NEW_PASSWORD_TITLE);
      expect(await shownRules(page)).toEqual(siecRulesShown);

      // The SIEC set is enforced by the policy's regexPattern: "#" is a special character but not one of it.
      await page.fill("#password-new", "Examens2026#ok");
      await page.fill("#password-confirm", "Examens2026#ok");
      await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
      expect(await passwordRefusal(page)).toBe(
        "Mot de passe refusé : il doit contenir au moins un de ces caractères spéciaux : $ @ % * + - _ !",
      );
      // "$" is one of the SIEC set: Keycloak accepts the password and asks for the missing profile (activation).
      await page.fill("#password-new", "Examens2026$ok");
      await page.fill("#password-confirm", "Examens2026$ok");
      await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
      await page.locator("main h1", { hasText: "Activer votre compte" }).waitFor();
      await page.context().close();

      await admin.realms.update({ realm }, { passwordPolicy: "length(8) and digits(2)" });
      await admin.users.update({ id }, { requiredActions: ["UPDATE_PASSWORD"] });
      page = await newPasswordPage(realm, email, "Examens2026$ok");
      expect(await shownRules(page)).toEqual(["au moins 8 caractères", "au moins 2 chiffres"]);
      await page.context().close();
    } finally {
      admin.setConfig({ realmName: testStack().realm });
      await remove();
    }
  });
});

describe("the realm's texts (realm-config/texts.yaml) outside the theme", () => {
  it("label the user profile's attributes in the admin console's user form, not their keys", async () => {
    const { keycloakUrl, realm, admin } = testStack();
    const api = await adminClient();
    const email = uniqueEmail("admin-console-labels");
    const { id } = await api.users.create({
      realm,
      username: email,
      email,
      enabled: true,
      firstName: "Camille",
      lastName: "Martin",
    });
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await page.goto(`${keycloakUrl}/admin/master/console/#/${realm}/users/${id}/settings`);
    await page.fill("#username", admin.username);
    await page.fill("#password", admin.password);
    await page.keyboard.press("Enter");
    // The admin console speaks English here (the master realm has one language).
    await page.getByText("Schools", { exact: true }).first().waitFor({ timeout: 60_000 });
    expect(await page.getByText("Date of birth", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator("body").textContent()).not.toContain("profile.attributes.");
    await page.context().close();
  });
});

describe("the authenticator-app set-up page (kc_action=CONFIGURE_TOTP)", () => {
  it("shows the QR code and the key, refuses a wrong code on its field, and takes the app's code", async () => {
    const { keycloakUrl, realm, apps } = testStack();
    const password = "Examens2026$ok";
    const person = await personWithPassword("totp-setup", { value: password });
    const client = { clientId: "dpecotheque", redirectUri: `${apps.dpecotheque}/` };
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(codeFlowUrlAt(keycloakUrl, realm, client, { kc_action: "CONFIGURE_TOTP" }));
    await page.fill("#username", person.email);
    await page.fill("#password", password);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();

    await page.locator("main h1", { hasText: TOTP_SETUP_TITLE }).waitFor();
    expect(await page.getByRole("img", { name: /Code QR à scanner/ }).isVisible()).toBe(true);
    const { key, app: totp } = await typeKeyIntoApp(page);

    await page.fill("#totp", notTheCode(totp.generate()));
    await page.getByRole("button", { name: "Valider" }).click();
    await page.locator(".fr-input-group--error #totp").waitFor();
    expect(await page.locator("#totp-key").textContent()).toContain(key.slice(0, 4));

    await page.fill("#totp", totp.generate());
    await page.fill("#userLabel", "Téléphone professionnel");
    const backToApp = page.waitForRequest((request) => request.url().startsWith(client.redirectUri));
    await page.getByRole("button", { name: "Valider" }).click();
    expect(new URL((await backToApp).url()).searchParams.has("code")).toBe(true);
    const credentials = await (await adminClient()).users.getCredentials({ id: person.id });
    expect(credentials.map((credential) => [credential.type, credential.userLabel])).toContainEqual([
      "otp",
      "Téléphone professionnel",
    ]);
    await page.context().close();
  });
});
