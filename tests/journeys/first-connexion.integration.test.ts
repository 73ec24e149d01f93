/**
 * Journey 1, first connexion: an operator imports an account without a password; the person opens
 * DPECothèque, signs in through the portal's "Initialisez votre mot de passe", receives the e-mail,
 * sets a password that each rule of the policy refuses in turn, then a valid one, and is back in
 * the app, signed in, with their name, e-mail and établissements: the link verified the address,
 * so no second e-mail.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  activeAccount,
  appReady,
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
  signedIn,
} from "../support/journeys";
import { EMAIL_SENT, NEW_PASSWORD_TITLE, RESET_SUBJECT, SENDER, SIGN_IN_TITLE } from "../support/wording";
import { actionLink } from "../support/email-links";
import { adminClient, inbox, uniqueEmail } from "../support/keycloak";
import { passwordRefusal, shownRules, siecRulesShown } from "../../testing/theme-realm";

const journey = new Journey("1-premiere-connexion");
const stage = journeyStage(["dpecotheque"], [journey]);

/** The rules the rules box marks unmet for what is typed now. */
const unmetRules = (page: Page) =>
  page
    .locator('#password-rules li[data-met="false"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-rule")));

const refusalShown = (page: Page) => page.locator(".fr-password:has(#password-new) .fr-message--error");

describe("journey 1: first connexion of an account imported without a password", () => {
  it("goes from the app to the portal, the e-mail, the password rules, and back to the app signed in", async () => {
    // A digit and a "-" in the address, for the "equal to the address" refusal below.
    const account = newAccount(uniqueEmail("premiere-connexion-1"));
    const imported = await importAccounts([account]);
    expect(imported.code, imported.output).toBe(0);

    const { context, page } = await newPerson(stage.browser);
    await page.goto(stage.apps.urls.dpecotheque);
    await journey.step(page, "application", appReady(page));
    expect(await page.locator("main").textContent()).toContain(
      "L'accès à cette application nécessite une authentification préalable sur le portail d'authentification centralisé du SIEC.",
    );

    await page.getByRole("button", { name: "Se connecter" }).click();
    await journey.step(page, "connexion", portalPage(page, SIGN_IN_TITLE));
    const signInText = await page.locator("main").textContent();
    expect(signInText).toContain("DPECothèque");
    expect(signInText).toContain(
      "Plateforme de dématérialisation des dossiers de prise en charge financière examens & concours",
    );

    await page.getByRole("link", { name: "Initialisez votre mot de passe" }).click();
    await journey.step(page, "initialisation", portalPage(page, "Initialisez votre mot de passe"));
    await page.fill("#username", account.email);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await journey.step(page, "e-mail-envoye", page.getByText(EMAIL_SENT));

    const message = await inbox().waitFor(account.email, { subject: RESET_SUBJECT });
    expect(message.subject).toBe(RESET_SUBJECT);
    expect(message.from).toEqual(SENDER);
    const link = actionLink(message);
    expect(message.text.replace(/\s+/g, " ")).toContain(
      `Bonjour, Pour réinitialiser votre mot de passe, veuillez cliquer sur le lien suivant : ${link} ` +
        "Ce lien expire dans 1 heure. Les services de la Maison des examens",
    );

    await page.goto(link);
    await journey.step(page, "nouveau-mot-de-passe", portalPage(page, NEW_PASSWORD_TITLE));
    expect(await shownRules(page)).toEqual(siecRulesShown);

    // Each rule broken alone is refused, live (the rule is marked unmet as the person types) and by
    // the server, with that rule's own message.
    const refusals: { label: string; password: string; rule: string; message: RegExp }[] = [
      {
        label: "trop-court",
        password: "Court2026$",
        rule: "length",
        message: /il doit avoir au moins 12 caractères\.$/,
      },
      {
        label: "trop-long",
        password: `Examens2026$${"a".repeat(120)}`,
        rule: "maxLength",
        message: /il doit avoir au plus 128 caractères\.$/,
      },
      {
        label: "sans-majuscule",
        password: "examens2026$ok",
        rule: "upperCase",
        message: /il doit avoir au moins 1 lettre\(s\) MAJUSCULE\(S\)\.$/,
      },
      {
        label: "sans-minuscule",
        password: "EXAMENS2026$OK",
        rule: "lowerCase",
        message: /il doit avoir au moins 1 lettre\(s\) minuscule\(s\)\.$/,
      },
      {
        label: "sans-chiffre",
        password: "Examens-sans$chiffre",
        rule: "digits",
        message: /il doit avoir au moins 1 chiffre\(s\)\.$/,
      },
      {
        label: "sans-caractere-special",
        password: "Examens2026okay",
        rule: "specialCharsFrom",
        message: /il doit avoir au moins 1 caractère\(s\) spécial\(aux\)\.$/,
      },
    ];
    for (const refusal of refusals) {
      await page.fill("#password-new", refusal.password);
      expect(await unmetRules(page), refusal.label).toEqual([refusal.rule]);
      await page.fill("#password-confirm", refusal.password);
      await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
      await journey.step(page, `refus-${refusal.label}`, refusalShown(page));
      expect(await passwordRefusal(page), refusal.label).toMatch(
        new RegExp(`^Mot de passe refusé : ${refusal.message.source}`),
      );
    }

    // The address itself (with a capital, as the other rules want one): the page cannot tell live
    // (the e-mail link does not give it the address), the server refuses it as the identifier,
    // which is the address here (both rules are in the box).
    const ownAddress = account.email[0]!.toUpperCase() + account.email.slice(1);
    await page.fill("#password-new", ownAddress);
    expect(await unmetRules(page)).toEqual([]);
    await page.fill("#password-confirm", ownAddress);
    await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
    await journey.step(page, "refus-adresse-mail", refusalShown(page));
    expect(await passwordRefusal(page)).toMatch(
      /^Mot de passe refusé : il doit être différent de votre (identifiant|adresse mail)\.$/,
    );

    // The confirmation must match: said as soon as the person leaves the field.
    await page.fill("#password-new", "Examens2026$ok");
    await page.fill("#password-confirm", "Examens2026$ko");
    await page.locator("#password-confirm").blur();
    await journey.step(page, "confirmation-differente", page.getByText("Les mots de passe ne correspondent pas."));

    await submitNewPassword(page, "Examens2026$ok");
    await journey.step(page, "connecte", signedIn(page));
    expect(new URL(page.url()).origin).toBe(stage.apps.urls.dpecotheque);
    expect(await shownAccount(page)).toEqual(expectedAccount(account, "dpecotheque"));

    const admin = await adminClient();
    const [user] = await admin.users.find({ email: account.email, exact: true });
    expect(user).toMatchObject({ emailVerified: true, requiredActions: [] });
    await context.close();
  });

  // The policy's regexPattern refuses it; the page names the rule of the box it broke.
  it("refuses a special character outside the SIEC set with the special-characters rule's message", async () => {
    const account = await activeAccount("hors-liste");
    const admin = await adminClient();
    const [user] = await admin.users.find({ email: account.email, exact: true });
    await admin.users.update({ id: user!.id! }, { ...user, requiredActions: ["UPDATE_PASSWORD"] });
    const { context, page } = await newPerson(stage.browser);
    try {
      await openPortalFromApp(page, stage.apps.urls.dpecotheque);
      await signIn(page, account.email, VALID_PASSWORD);
      await portalPage(page, NEW_PASSWORD_TITLE).waitFor();
      await page.fill("#password-new", "Examens2026#ok");
      expect(await unmetRules(page)).toEqual(["specialCharsFrom"]);
      await page.fill("#password-confirm", "Examens2026#ok");
      await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
      await journey.step(page, "refus-caractere-hors-liste", refusalShown(page));
      expect(await passwordRefusal(page)).toBe(
        "Mot de passe refusé : il doit contenir au moins un de ces caractères spéciaux : $ @ % * + - _ !",
      );
    } finally {
      await context.close();
    }
  });
});
