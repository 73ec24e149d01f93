/**
 * Journey 10, "Mon compte": from the app, a person opens the account space, changes the password
 * there (the sign-in pages' new-password step, with its rules) and signs in with the new one; the
 * old one no longer works. Every screen is checked with axe.
 */
import { describe, expect, it } from "vitest";
import { accountMessages } from "../../theme/src/account/i18n";
import {
  Journey,
  VALID_PASSWORD,
  expectNoViolations,
  journeyStage,
  newActivePerson,
  portalPage,
  signIn,
  signInToAccountSpace,
  submitNewPassword,
} from "../support/journeys";
import { testStack } from "../support/keycloak";
import { NEW_PASSWORD_TITLE, SIGN_IN_TITLE } from "../support/wording";

const fr = accountMessages.fr;
const NEW_PASSWORD = "Compte2026!nouveau";
const journey10 = new Journey("10-mon-compte", { axe: true });
const stage = journeyStage([], [journey10]);

describe("journey 10: the account space", () => {
  it("changes the password from 'Mon compte', then signs in with the new one and not the old", async () => {
    const { account, context, page } = await newActivePerson(stage.browser, "mon-compte");
    const { realm } = testStack();

    await signInToAccountSpace(page, account.email, { journey: journey10 });
    await journey10.step(page, "mes-informations", portalPage(page, fr.personalInfoTitle));

    await page.getByRole("link", { name: fr.passwordTitle, exact: true }).click();
    await journey10.step(page, "mot-de-passe", page.getByRole("button", { name: fr.passwordChange }));
    await page.getByRole("button", { name: fr.passwordChange }).click();
    await journey10.step(page, "nouveau-mot-de-passe", portalPage(page, NEW_PASSWORD_TITLE));
    await submitNewPassword(page, NEW_PASSWORD);
    await journey10.step(page, "retour-mon-compte", page.getByText(fr.actionDonePassword));

    await page.getByRole("button", { name: fr.accountSignOut }).click();
    await journey10.step(page, "deconnecte", portalPage(page, SIGN_IN_TITLE));
    await signIn(page, account.email, VALID_PASSWORD);
    await journey10.step(page, "ancien-mot-de-passe-refuse", page.getByText("Adresse mail ou mot de passe incorrect."));
    await signIn(page, account.email, NEW_PASSWORD);
    await journey10.step(page, "connecte-avec-le-nouveau", portalPage(page, fr.personalInfoTitle));
    expect(page.url()).toContain(`/realms/${realm}/account/`);

    expectNoViolations(journey10);
    await context.close();
  });
});
