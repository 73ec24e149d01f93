/**
 * Journeys 3 and 4, the forgotten password: the link of "Mot de passe oublié ?" sets a new password
 * once, then shows the expired-link page, as an expired link does; an unknown address gets the
 * same confirmation and no e-mail.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  activeAccount,
  expectedAccount,
  newPerson,
  openPortalFromApp,
  portalPage,
  shownAccount,
  signIn,
  journeyStage,
  submitNewPassword,
  signedIn,
} from "../support/journeys";
import {
  EMAIL_SENT,
  NEUTRAL_CONFIRMATION,
  NEW_PASSWORD_TITLE,
  RESET_SUBJECT,
  SENDER,
  SIGN_IN_TITLE,
} from "../support/wording";
import { actionLink, linkClaims } from "../support/email-links";
import { adminClient, inbox, personWithPassword, testStack, uniqueEmail } from "../support/keycloak";
import { appSignInUrl, brandedClient, createThemeRealm } from "../../testing/theme-realm";

const EXPIRED_TITLE = "Ce lien a expiré ou a déjà été utilisé";
const NEW_PASSWORD = "Nouveau2026!mdp";

const journey3 = new Journey("3-mot-de-passe-oublie");
const journey4 = new Journey("4-adresse-inconnue");
const stage = journeyStage(["dpecotheque"], [journey3, journey4]);

describe("journey 3: forgotten password", () => {
  it("sends a link from 'Mot de passe oublié ?' that sets a new password once, then says it was used", async () => {
    const account = await activeAccount("oubli");
    const { context, page } = await newPerson(stage.browser);

    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await journey3.step(page, "connexion");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await journey3.step(page, "mot-de-passe-oublie", portalPage(page, "Mot de passe oublié"));
    expect(await page.locator("main").textContent()).toContain(
      "Saisissez votre adresse email, et vous recevrez un lien pour réinitialiser votre mot de passe.",
    );
    await page.fill("#username", account.email);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await journey3.step(page, "e-mail-envoye", page.getByText(EMAIL_SENT));

    const message = await inbox().waitFor(account.email, { subject: RESET_SUBJECT });
    expect(message.subject).toBe(RESET_SUBJECT);
    expect(message.from).toEqual(SENDER);
    expect(message.text).toContain("Ce lien expire dans 1 heure.");
    const link = actionLink(message);

    await page.goto(link);
    await journey3.step(page, "nouveau-mot-de-passe", portalPage(page, NEW_PASSWORD_TITLE));
    await submitNewPassword(page, NEW_PASSWORD);
    await journey3.step(page, "connecte", signedIn(page));
    expect(await shownAccount(page)).toEqual(expectedAccount(account, "dpecotheque"));

    // The same link again, in the same browser and in another one: already used.
    await page.goto(link);
    await journey3.step(page, "lien-reutilise", portalPage(page, EXPIRED_TITLE));
    // In another browser too.
    const other = await newPerson(stage.browser);
    await other.page.goto(link);
    await journey3.step(other.page, "lien-deja-utilise", portalPage(other.page, EXPIRED_TITLE));
    expect(await other.page.locator("main").textContent()).toContain(
      "Les liens envoyés par e-mail ne servent qu'une fois et pour une durée limitée.",
    );
    expect(await other.page.locator("#password-new").count()).toBe(0);

    // The old password no longer opens the app; the new one does.
    await openPortalFromApp(other.page, stage.apps.urls.dpecotheque);
    await signIn(other.page, account.email, VALID_PASSWORD);
    await other.page.getByText("Adresse mail ou mot de passe incorrect.").waitFor();
    await signIn(other.page, account.email, NEW_PASSWORD);
    await signedIn(other.page).waitFor();
    await other.context.close();
    await context.close();
  });

  describe("a link past its lifespan (in a realm whose reset links last 2 s)", () => {
    const realm = `journey-expiry-${Date.now().toString(36)}`;
    let app: ReturnType<typeof brandedClient>;
    let removeRealm: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      const admin = await adminClient();
      const { smtpServer } = (await admin.realms.findOne({ realm: testStack().realm }))!;
      app = brandedClient(
        "dpecotheque",
        "DPECothèque",
        "Dossiers de prise en charge financière.",
        stage.apps.urls.dpecotheque,
      );
      ({ remove: removeRealm } = await createThemeRealm(admin, realm, {
        smtpServer,
        clients: [app],
        attributes: { "actionTokenGeneratedByUserLifespan.reset-credentials": "2" },
      }));
    });

    afterAll(async () => {
      await removeRealm?.();
    });

    /** A reset link asked from `page`, once it has expired. */
    async function expiredLink(page: Page): Promise<string> {
      const { email } = await personWithPassword("expire", { value: VALID_PASSWORD }, realm);
      await page.goto(appSignInUrl(testStack().keycloakUrl, realm, app));
      await portalPage(page, SIGN_IN_TITLE).waitFor();
      await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
      await portalPage(page, "Mot de passe oublié").waitFor();
      await page.fill("#username", email);
      await page.getByRole("button", { name: "Envoyer" }).click();
      await page.getByText(EMAIL_SENT).waitFor();
      const link = actionLink(await inbox().waitFor(email, { subject: RESET_SUBJECT }));
      // Until the token's own expiry has passed (Keycloak counts in whole seconds).
      const expiry = linkClaims(link).exp * 1000;
      await expect.poll(() => Date.now() > expiry + 1000, { timeout: 10_000, interval: 200 }).toBe(true);
      return link;
    }

    it("shows the expired-link page, whose button asks for a new link", async () => {
      const asker = await newPerson(stage.browser);
      const link = await expiredLink(asker.page);
      // Opened where the person reads their mail: another browser.
      const { context, page } = await newPerson(stage.browser);
      await page.goto(link);
      await journey3.step(page, "lien-expire", portalPage(page, EXPIRED_TITLE));
      expect(await page.locator("#password-new").count()).toBe(0);
      await page.getByRole("link", { name: "Recevoir un nouveau lien" }).click();
      await portalPage(page, /Mot de passe oublié|Initialisez votre mot de passe/).waitFor();
      await context.close();
      await asker.context.close();
    });

    // There Keycloak answers with its sign-in page and an "expired action" message.
    it("shows the expired-link page in the browser that asked for the link too", async () => {
      const { context, page } = await newPerson(stage.browser);
      try {
        const link = await expiredLink(page);
        await page.goto(link);
        await journey3.step(page, "lien-expire-meme-navigateur", portalPage(page, EXPIRED_TITLE));
        expect(await page.getByRole("link", { name: "Recevoir un nouveau lien" }).count()).toBe(1);
      } finally {
        await context.close();
      }
    });
  });
});

describe("journey 4: an address without an account", () => {
  it("gets the same confirmation, and no e-mail is sent", async () => {
    const unknown = uniqueEmail("inconnu");
    const { context, page } = await newPerson(stage.browser);
    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await journey4.step(page, "mot-de-passe-oublie", portalPage(page, "Mot de passe oublié"));
    await page.fill("#username", unknown);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await journey4.step(page, "e-mail-envoye", page.getByText(EMAIL_SENT));
    expect(await page.getByText(EMAIL_SENT).textContent()).toBe(NEUTRAL_CONFIRMATION);

    // A known account asks for a link right after: once its e-mail is in, any e-mail to the
    // unknown address (sent earlier, by the same server, to the same inbox) would be too.
    const known = await activeAccount("temoin");
    const witness = await newPerson(stage.browser);
    await openPortalFromApp(witness.page, stage.apps.urls.dpecotheque);
    await witness.page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await witness.page.fill("#username", known.email);
    await witness.page.getByRole("button", { name: "Envoyer" }).click();
    await witness.page.getByText(EMAIL_SENT).waitFor();
    await inbox().waitFor(known.email, { subject: RESET_SUBJECT });

    const received = await inbox().messages();
    expect(received.filter((message) => message.to.includes(unknown))).toEqual([]);
    await witness.context.close();
    await context.close();
  });
});
