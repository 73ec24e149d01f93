/**
 * Journey 5, the temporary password (EduConnect style): the operator imports the account with
 * `--temporary-password`, which writes the password to a file only its owner can read; the person
 * signs in to DEXCO with it, must change it, completes their profile if asked, verifies their
 * address from the e-mail, and is in the app.
 */
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  expectedAccount,
  importAccounts,
  newAccount,
  newPerson,
  openPortalFromApp,
  portalPage,
  shownAccount,
  signIn,
  journeyStage,
  submitNewPassword,
  temporaryPasswordOf,
  signedIn,
} from "../support/journeys";
import { NEW_PASSWORD_TITLE, SENDER } from "../support/wording";
import { actionLink } from "../support/email-links";
import { adminClient, inbox, uniqueEmail } from "../support/keycloak";

const journey = new Journey("5-mot-de-passe-temporaire");
const stage = journeyStage(["dexco"], [journey]);

describe("journey 5: temporary password", () => {
  it("forces a new password, verifies the address by e-mail, then opens the app", async () => {
    const account = newAccount(uniqueEmail("temporaire"), { applications: ["dexco"] });
    const passwordsFile = path.join(await mkdtemp(path.join(tmpdir(), "journey-passwords-")), "mots-de-passe.csv");
    const imported = await importAccounts([account], "--temporary-password", "--passwords-file", passwordsFile);
    expect(imported.code, imported.output).toBe(0);
    expect((await stat(passwordsFile)).mode & 0o777).toBe(0o600);
    const temporary = await temporaryPasswordOf(passwordsFile, account.email);
    expect(imported.output).not.toContain(temporary);

    const { context, page } = await newPerson(stage.browser);
    await openPortalFromApp(page, stage.apps.urls.dexco);
    await journey.step(page, "connexion");
    expect(await page.locator("main").textContent()).toContain("DEXCO");
    await signIn(page, account.email, temporary);
    await journey.step(page, "changement-impose", portalPage(page, NEW_PASSWORD_TITLE));
    await submitNewPassword(page, VALID_PASSWORD);

    const activation = portalPage(page, "Activer votre compte");
    const verification = portalPage(page, "Vérifiez votre adresse mail");
    await activation.or(verification).first().waitFor();
    if (await activation.isVisible()) {
      await journey.step(page, "activation");
      await page.getByRole("button", { name: "Activer votre compte" }).click();
    }
    await journey.step(page, "verification-adresse", verification);

    // By its subject: were the address verified already, the password change would be mailed too.
    const verifySubject = "Portail d'authentification - Vérification de votre adresse mail";
    const message = await inbox().waitFor(account.email, { subject: verifySubject });
    expect(message.from).toEqual(SENDER);
    expect(message.text).toContain("Pour confirmer votre adresse mail, veuillez cliquer sur le lien suivant :");
    expect(message.text).toContain("Ce lien expire dans 1 heure.");

    await page.goto(actionLink(message));
    const proceed = page.locator('a[href*="action-token"]:not([href*="kc_locale"])');
    const inApp = signedIn(page);
    await inApp.or(proceed).first().waitFor();
    if (await proceed.count()) {
      await journey.step(page, "confirmation-adresse");
      await proceed.first().click();
    }
    await journey.step(page, "connecte", inApp);
    expect(new URL(page.url()).origin).toBe(stage.apps.urls.dexco);
    expect(await shownAccount(page)).toEqual(expectedAccount(account, "dexco"));

    const [user] = await (await adminClient()).users.find({ email: account.email, exact: true });
    expect(user).toMatchObject({ emailVerified: true, requiredActions: [] });
    await context.close();
  });
});
