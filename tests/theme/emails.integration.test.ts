/**
 * The e-mails Keycloak really sends with the siec e-mail theme, caught by the run's SMTP server:
 * subject, sender, wording, expiry computed from the realm's lifespan, a link that works, and
 * HTML that reads on a phone. Also those of Keycloak's features the siec realm does not use, each in
 * a throw-away realm that does (an e-mail in Keycloak's own style must never go out): the admin
 * console's SMTP test, an organization's invitation, a workflow's notice, and the link of an
 * identity provider's account (a second realm of the same server as the provider).
 */
import type WorkflowRepresentation from "@keycloak/keycloak-admin-client/lib/defs/workflowRepresentation";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../testing/browser";
import { actionLink } from "../support/email-links";
import { CookieJar, codeFlowUrlAt, loginAction, pageId } from "../../testing/browserless";
import { expectLinkButton, expectReadableOnPhone } from "../support/email-on-phone";
import { adminClient, inbox, testStack, uniqueEmail } from "../support/keycloak";
import { appSignInUrl, brandedClient, createThemeRealm, signedInAdmin } from "../../testing/theme-realm";
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
    await expectLinkButton(browser, message, link, "Choisir mon mot de passe");

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
    await expectLinkButton(browser, frenchMessage, actionLink(frenchMessage), "Activer mon compte");

    const english = await createUser("invitation-en", { locale: ["en"] });
    await english.admin.users.executeActionsEmail({ id: english.id, actions: ["UPDATE_PASSWORD"], lifespan: 3600 });
    const englishMessage = await inbox().waitFor(english.email);
    expect(englishMessage.subject).toBe("Authentication portal - Activate your account");
    expect(englishMessage.text).toContain("This link expires in 1 hour.");
    await expectLinkButton(browser, englishMessage, actionLink(englishMessage), "Activate my account");
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
    await expectLinkButton(browser, message, actionLink(message), "Confirmer mon adresse mail");
  });
});

/** The e-mail's text as a person reads it, spaces collapsed. */
const readable = (text: string) => text.replace(/\s+/g, " ").trim();

/** An e-mail that only tells (no link): HTML and text say `says`, and the HTML reads on a phone. */
async function expectNotice(message: { html: string; text: string; links: string[] }, says: string[]) {
  expect(message.links).toEqual([]);
  for (const sentence of says) expect(readable(message.text)).toContain(sentence);
  await expectReadableOnPhone(browser, message.html, async (page) => {
    const shown = readable((await page.locator("body").textContent())!);
    for (const sentence of says) expect(shown).toContain(sentence);
  });
}

/**
 * A throw-away realm `name` with the siec themes and the run's SMTP server, and an admin client
 * working on it.
 */
async function mailingRealm(name: string, settings: Parameters<typeof createThemeRealm>[2] = {}) {
  const admin = await adminClient();
  const { smtpServer } = (await admin.realms.findOne({ realm: testStack().realm }))!;
  const { remove } = await createThemeRealm(admin, name, { smtpServer, ...settings });
  admin.setConfig({ realmName: name });
  return { admin, realm: name, remove };
}

/** A realm name no other file uses. */
const realmName = (label: string) => `theme-emails-${label}-${Date.now().toString(36)}`;

describe("the SMTP test e-mail (admin console › Realm settings › Email › Test connection)", () => {
  it("is the portal's, sent to the admin who asks for it", async () => {
    // An admin of the server with an address (the run's admin has none), removed afterwards. The
    // e-mail is in the realm's default language, French: a `locale` attribute on this master-realm
    // account did not make it English when tried (the English text is in the messages all the same).
    const admin = await adminClient();
    admin.setConfig({ realmName: "master" });
    const email = uniqueEmail("smtp-test");
    const password = "Examens2026$ok";
    const { id } = await admin.users.create({
      username: email,
      email,
      enabled: true,
      emailVerified: true,
      credentials: [{ type: "password", value: password, temporary: false }],
    });
    try {
      const role = (await admin.roles.findOneByName({ name: "admin" }))!;
      await admin.users.addRealmRoleMappings({ id, roles: [{ id: role.id!, name: role.name! }] });
      const tester = await signedInAdmin(testStack().keycloakUrl, { username: email, password });
      const { smtpServer } = (await tester.realms.findOne({ realm }))!;
      await tester.realms.testSMTPConnection({ realm }, smtpServer as Record<string, string>);

      const message = await inbox().waitFor(email);
      expect(message.subject).toBe("Portail d'authentification - Message de test");
      expect(message.from).toEqual(SENDER);
      expect(message.html).toContain('lang="fr"');
      await expectNotice(message, [
        "Bonjour, Ce message de test a été envoyé par la console d'administration du portail d'authentification " +
          "de la Maison des examens : l'envoi des messages du portail fonctionne. Les services de la Maison des examens",
      ]);
    } finally {
      await admin.users.del({ id });
    }
  });
});

describe("an organization's invitation (the siec realm enables no organization)", () => {
  let realmOf: Awaited<ReturnType<typeof mailingRealm>>;
  beforeAll(async () => {
    realmOf = await mailingRealm(realmName("organization"), { organizationsEnabled: true });
  });
  afterAll(() => realmOf?.remove());

  it("is the portal's, in French to a new address and in English to an account whose language is English", async () => {
    const { admin, realm: organizationRealm } = realmOf;
    const { id: orgId } = await admin.organizations.create({
      name: "Académie de Créteil",
      alias: "creteil",
      domains: [{ name: "example.org" }],
    });
    const email = uniqueEmail("organisation");
    const form = new FormData();
    form.append("email", email);
    form.append("firstName", "Camille");
    form.append("lastName", "Durand");
    await admin.organizations.invite({ orgId, realm: organizationRealm }, form);
    const french = await inbox().waitFor(email);
    expect(french.subject).toBe("Portail d'authentification - Invitation à rejoindre Académie de Créteil");
    expect(french.from).toEqual(SENDER);
    expect(french.links).toHaveLength(1);
    const [link] = french.links;
    expect(readable(french.text)).toContain(
      "Bonjour, Vous êtes invité à rejoindre l'organisation Académie de Créteil sur le portail d'authentification " +
        `de la Maison des examens. Pour accepter, veuillez cliquer sur le lien suivant : ${link} Ce lien expire dans`,
    );
    expect(readable(french.text)).toContain("Si vous ne souhaitez pas la rejoindre, ignorez ce message.");
    await expectLinkButton(browser, french, link!, "Rejoindre l'organisation");

    const englishEmail = uniqueEmail("organization-en");
    const { id } = await admin.users.create({
      username: englishEmail,
      email: englishEmail,
      enabled: true,
      emailVerified: true,
      attributes: { locale: ["en"] },
    });
    const existing = new FormData();
    existing.append("id", id);
    await admin.organizations.inviteExistingUser({ orgId, realm: organizationRealm }, existing);
    const english = await inbox().waitFor(englishEmail);
    expect(english.subject).toBe("Authentication portal - Invitation to join Académie de Créteil");
    expect(english.html).toContain('lang="en"');
    expect(readable(english.text)).toContain("If you do not want to join it, ignore this message.");
    await expectLinkButton(browser, english, english.links[0]!, "Join the organization");
  });
});

describe("a workflow's notice (the siec realm declares no workflow)", () => {
  let realmOf: Awaited<ReturnType<typeof mailingRealm>>;
  beforeAll(async () => {
    realmOf = await mailingRealm(realmName("workflow"));
  });
  afterAll(() => realmOf?.remove());

  it("is the portal's: in how many days the account is disabled and how to keep it, in French and in English", async () => {
    const { admin } = realmOf;
    // A new account is told at once that it will be disabled in 30 days (the step after).
    await admin.workflows.create({
      name: "inactivite",
      on: "user-created",
      steps: [{ uses: "notify-user" }, { uses: "disable-user", after: "30d" }],
    } as WorkflowRepresentation);
    const told = async (label: string, attributes: Record<string, string[]> = {}) => {
      const email = uniqueEmail(label);
      await admin.users.create({ username: email, email, enabled: true, emailVerified: true, attributes });
      return inbox().waitFor(email);
    };

    const french = await told("notification");
    expect(french.subject).toBe("Portail d'authentification - Désactivation prochaine de votre compte");
    expect(french.from).toEqual(SENDER);
    await expectNotice(french, [
      "Bonjour,",
      "Votre compte sur le portail d'authentification de la Maison des examens sera désactivé dans 30 jours.",
      "Pour le garder, connectez-vous une fois avant cette date",
      "Les services de la Maison des examens",
    ]);

    const english = await told("notification-en", { locale: ["en"] });
    expect(english.subject).toBe("Authentication portal - Your account will soon be disabled");
    expect(english.html).toContain('lang="en"');
    await expectNotice(english, [
      "Hello,",
      "Your account on the Maison des examens authentication portal will be disabled in 30 days.",
      "To keep it, sign in once before that day",
    ]);
  });
});

describe("an identity provider's account to link (the siec realm has no identity provider)", () => {
  const alias = "academie";
  const secret = "portail-secret-de-test";
  let provider: Awaited<ReturnType<typeof mailingRealm>>;
  let broker: Awaited<ReturnType<typeof mailingRealm>>;
  beforeAll(async () => {
    // Two realms of the run's server: `broker` (the portal's theme) signs in through `provider`.
    const { keycloakUrl } = testStack();
    const brokerName = realmName("broker");
    provider = await mailingRealm(realmName("provider"), {
      clients: [
        {
          clientId: "portail",
          secret,
          publicClient: false,
          standardFlowEnabled: true,
          redirectUris: [`${keycloakUrl}/realms/${brokerName}/broker/${alias}/endpoint`],
        },
      ],
    });
    const issuer = `${keycloakUrl}/realms/${provider.realm}`;
    broker = await mailingRealm(brokerName, {
      clients: [app],
      identityProviders: [
        {
          alias,
          displayName: "Académie",
          providerId: "oidc",
          enabled: true,
          config: {
            clientId: "portail",
            clientSecret: secret,
            clientAuthMethod: "client_secret_post",
            issuer,
            authorizationUrl: `${issuer}/protocol/openid-connect/auth`,
            tokenUrl: `${issuer}/protocol/openid-connect/token`,
            userInfoUrl: `${issuer}/protocol/openid-connect/userinfo`,
            defaultScope: "openid email profile",
            validateSignature: "false",
            syncMode: "IMPORT",
          },
        },
      ],
    });
  });
  afterAll(async () => {
    await broker?.remove();
    await provider?.remove();
  });

  /**
   * Signs in to the portal's app through the provider as a person whose account exists in both
   * realms (with `attributes` in the portal's), and asks to link the two: the e-mail Keycloak sends.
   */
  async function askToLink(label: string, attributes: Record<string, string[]> = {}) {
    const { keycloakUrl } = testStack();
    const email = uniqueEmail(label);
    const password = "Examens2026$ok";
    const names = { firstName: "Camille", lastName: "Durand" };
    await provider.admin.users.create({
      username: email,
      email,
      ...names,
      enabled: true,
      emailVerified: true,
      credentials: [{ type: "password", value: password, temporary: false }],
    });
    const { id } = await broker.admin.users.create({
      username: email,
      email,
      ...names,
      enabled: true,
      emailVerified: true,
      attributes,
    });

    // One cookie jar per realm: both realms' cookies have the same names (their paths differ).
    const portal = new CookieJar(keycloakUrl);
    const client = { clientId: app.clientId!, redirectUri: `${app.rootUrl}/` };
    const stopAt = client.redirectUri;
    const toProvider = await portal.follow(codeFlowUrlAt(keycloakUrl, broker.realm, client, { kc_idp_hint: alias }), {
      stopAt: `${keycloakUrl}/realms/${provider.realm}/`,
    });
    const atProvider = new CookieJar(keycloakUrl);
    const signInPage = await atProvider.follow(toProvider.location!);
    const back = await atProvider.follow(loginAction(signInPage.body), {
      form: { username: email, password },
      stopAt: `${keycloakUrl}/realms/${broker.realm}/`,
    });
    const confirm = await portal.follow(back.location!, { stopAt });
    expect(pageId(confirm.body)).toBe("login-idp-link-confirm.ftl");
    const sent = await portal.follow(loginAction(confirm.body), { form: { submitAction: "linkAccount" }, stopAt });
    expect(pageId(sent.body)).toBe("login-idp-link-email.ftl");
    return { email, id, portal, stopAt, message: await inbox().waitFor(email) };
  }

  it("is the portal's: the link is a button, what to do if it was not the person; in French and in English", async () => {
    const { email, id, portal, stopAt, message } = await askToLink("lien-compte");
    expect(message.subject).toBe("Portail d'authentification - Association de votre compte à Académie");
    expect(message.from).toEqual(SENDER);
    const link = actionLink(message);
    expect(readable(message.text)).toContain(
      "Bonjour, Pour pouvoir vous connecter au portail d'authentification de la Maison des examens avec votre " +
        `compte Académie (${email.toLowerCase()}), veuillez cliquer sur le lien suivant : ${link} Ce lien expire dans`,
    );
    expect(readable(message.text)).toContain(
      "Si vous n'êtes pas à l'origine de cette demande, ne cliquez pas : votre compte ne sera pas associé. " +
        "Quelqu'un a peut-être tenté d'accéder à votre compte : prévenez le SIEC.",
    );
    await expectLinkButton(browser, message, link, "Associer mon compte Académie");

    // The link does link the accounts.
    await portal.follow(link, { stopAt });
    expect(
      (await broker.admin.users.listFederatedIdentities({ id })).map((identity) => identity.identityProvider),
    ).toEqual([alias]);

    const english = (await askToLink("account-link", { locale: ["en"] })).message;
    expect(english.subject).toBe("Authentication portal - Link your account with Académie");
    expect(english.html).toContain('lang="en"');
    expect(readable(english.text)).toContain(
      "If you did not ask for this, do not follow the link: your account will not be linked. Someone may have " +
        "tried to reach your account: tell the SIEC.",
    );
    await expectLinkButton(browser, english, actionLink(english), "Link my Académie account");
  });
});
