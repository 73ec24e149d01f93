/**
 * Journey 9, the operators' second factor: an SIEC operator (group gestionnaires) without an
 * authenticator app signs in, is made to set one up, signs out, and the next sign-in asks for the
 * app's code after the password, and so does the link of "Mot de passe oublié ?" before the new
 * password; anyone else signs in with the password alone.
 */
import { describe, expect, it } from "vitest";
import { nextCode, notTheCode, typeKeyIntoApp } from "../support/authenticator-app";
import { actionLink } from "../support/email-links";
import {
  Journey,
  VALID_PASSWORD,
  activeAccount,
  journeyStage,
  newPerson,
  openPortalFromApp,
  operatorAccount,
  portalPage,
  signIn,
  signedIn,
  submitNewPassword,
} from "../support/journeys";
import { adminClient, inbox } from "../support/keycloak";
import {
  EMAIL_SENT,
  NEW_PASSWORD_TITLE,
  OTP_TITLE,
  RESET_SUBJECT,
  SIGN_IN_TITLE,
  TOTP_SETUP_TITLE,
} from "../support/wording";

const journey = new Journey("9-second-facteur-gestionnaire");
const stage = journeyStage(["dpecotheque"], [journey]);

describe("journey 9: the second factor of SIEC operators", () => {
  it("makes an operator set up an authenticator app, then asks for its code at each sign-in", async () => {
    const operator = await operatorAccount("operator-2fa");
    const { context, page } = await newPerson(stage.browser);

    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await signIn(page, operator.email, VALID_PASSWORD);
    await journey.step(page, "configurer-application", portalPage(page, TOTP_SETUP_TITLE));
    const { app } = await typeKeyIntoApp(page);
    await journey.step(page, "cle-affichee", page.locator("#totp-key"));
    const used = [app.generate()];
    await page.fill("#totp", used[0]!);
    await page.fill("#userLabel", "Téléphone professionnel");
    await page.getByRole("button", { name: "Valider" }).click();
    await journey.step(page, "connecte-apres-configuration", signedIn(page));
    const admin = await adminClient();
    const [user] = await admin.users.find({ email: operator.email, exact: true });
    expect((await admin.users.getCredentials({ id: user!.id! })).map((credential) => credential.type)).toContain("otp");

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("button", { name: "Se connecter" }).click();
    await journey.step(page, "reconnexion", portalPage(page, SIGN_IN_TITLE));
    await signIn(page, operator.email, VALID_PASSWORD);
    await journey.step(page, "code-demande", portalPage(page, OTP_TITLE));
    expect(await page.locator("#password").count()).toBe(0);

    await page.fill("#otp", notTheCode(app.generate()));
    await page.getByRole("button", { name: "Valider" }).click();
    await journey.step(page, "code-refuse", page.locator(".fr-input-group--error #otp"));
    used.push(await nextCode(app, used));
    await page.fill("#otp", used.at(-1)!);
    await page.getByRole("button", { name: "Valider" }).click();
    await journey.step(page, "connecte-avec-le-code", signedIn(page));

    // "Mot de passe oublié ?": the e-mailed link asks for the code before the new password.
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.fill("#username", operator.email);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByText(EMAIL_SENT).waitFor();
    await page.goto(actionLink(await inbox().waitFor(operator.email, { subject: RESET_SUBJECT })));
    await journey.step(page, "lien-demande-le-code", portalPage(page, OTP_TITLE));
    expect(await page.locator("#password-new").count()).toBe(0);
    await page.fill("#otp", await nextCode(app, used));
    await page.getByRole("button", { name: "Valider" }).click();
    await journey.step(page, "nouveau-mot-de-passe", portalPage(page, NEW_PASSWORD_TITLE));
    await submitNewPassword(page, `${VALID_PASSWORD}2`);
    await journey.step(page, "connecte-apres-reinitialisation", signedIn(page));
    await context.close();
  });

  it("lets anyone else in with the password alone", async () => {
    const account = await activeAccount("not-operator-2fa");
    const { context, page } = await newPerson(stage.browser);
    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await signIn(page, account.email, VALID_PASSWORD);
    await journey.step(page, "non-gestionnaire-connecte", signedIn(page));
    const admin = await adminClient();
    const [user] = await admin.users.find({ email: account.email, exact: true });
    expect(user!.requiredActions).toEqual([]);
    await context.close();
  });
});
