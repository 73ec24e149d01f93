/**
 * Journey 7, journey 1 with the keyboard alone: Tab, Shift+Tab, Enter and Space, never a click,
 * the focus visible at every stop, and axe-core (WCAG 2.1 A and AA) finding nothing on any page of
 * the way (the app, the portal's pages, a refused password, the app signed in and signed out).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  appReady,
  expectNoViolations,
  expectedAccount,
  importAccounts,
  newAccount,
  newPerson,
  portalPage,
  shownAccount,
  journeyStage,
  tabTo,
  signedIn,
} from "../support/journeys";
import { EMAIL_SENT, NEW_PASSWORD_TITLE, RESET_SUBJECT, SIGN_IN_TITLE } from "../support/wording";
import { actionLink } from "../support/email-links";
import { inbox, uniqueEmail } from "../support/keycloak";

const journey = new Journey("7-clavier-accessibilite", { axe: true });
const stage = journeyStage(["dpecotheque"], [journey]);

/** Every focus stop where the focus was not visible, over the whole journey. */
const invisibleFocus: string[] = [];

async function reach(page: Page, target: ReturnType<Page["locator"]>, backwards = false): Promise<void> {
  const { invisible } = await tabTo(page, target, { backwards });
  invisibleFocus.push(...invisible.map((stop) => `${new URL(page.url()).pathname}: ${stop}`));
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element === document.activeElement);

describe("journey 7: first connexion with the keyboard alone", () => {
  it("goes through every screen with Tab, Shift+Tab, Enter and Space, focus visible, no axe violation", async () => {
    const account = newAccount(uniqueEmail("clavier"));
    const imported = await importAccounts([account]);
    expect(imported.code, imported.output).toBe(0);

    const mail = inbox();
    const { context, page } = await newPerson(stage.browser);
    await page.goto(stage.apps.urls.dpecotheque);
    await journey.step(page, "application", page.getByRole("button", { name: "Se connecter" }));
    await reach(page, page.getByRole("button", { name: "Se connecter" }));
    await page.keyboard.press("Enter");

    await journey.step(page, "connexion", portalPage(page, SIGN_IN_TITLE));
    // The e-mail field has the focus; "Initialisez votre mot de passe" comes before it.
    expect(await isFocused(page, "#username")).toBe(true);
    await reach(page, page.getByRole("link", { name: "Initialisez votre mot de passe" }), true);
    await page.keyboard.press("Enter");

    await journey.step(page, "initialisation", portalPage(page, "Initialisez votre mot de passe"));
    if (!(await isFocused(page, "#username"))) await reach(page, page.locator("#username"));
    await page.keyboard.type(account.email);
    await reach(page, page.getByRole("button", { name: "Envoyer" }));
    await page.keyboard.press("Space");
    await journey.step(page, "e-mail-envoye", page.getByText(EMAIL_SENT));

    // The person opens the link of the e-mail.
    await page.goto(actionLink(await mail.waitFor(account.email, { subject: RESET_SUBJECT })));
    await journey.step(page, "nouveau-mot-de-passe", portalPage(page, NEW_PASSWORD_TITLE));
    const choose = async (password: string) => {
      if (!(await isFocused(page, "#password-new"))) await reach(page, page.locator("#password-new"));
      await page.keyboard.type(password);
      await reach(page, page.locator("#password-confirm"));
      await page.keyboard.type(password);
      await reach(page, page.getByRole("button", { name: "Réinitialiser le mot de passe" }));
      await page.keyboard.press("Enter");
    };
    await choose("Court2026$");
    await journey.step(page, "mot-de-passe-refuse", page.getByText("il doit avoir au moins 12 caractères."));
    await choose(VALID_PASSWORD);

    await journey.step(page, "connecte", signedIn(page));
    expect(await shownAccount(page)).toEqual(expectedAccount(account, "dpecotheque"));
    await reach(page, page.getByRole("button", { name: "Se déconnecter" }));
    await page.keyboard.press("Space");
    await appReady(page).first().waitFor();
    await journey.step(page, "deconnecte", page.getByRole("button", { name: "Se connecter" }));

    expect(invisibleFocus).toEqual([]);
    expectNoViolations(journey);
    await context.close();
  });
});
