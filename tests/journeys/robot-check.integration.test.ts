/**
 * "Je ne suis pas un robot" in a real Chromium: solved while the person fills the form, with no
 * image and no question, ticked by itself, operable with the keyboard, its status announced, and
 * a form sent before the end sent once it is done. The refusals of plain HTTP posts are in
 * tests/security/robot-check.integration.test.ts.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  expectNoViolations,
  journeyStage,
  newActivePerson,
  newPerson,
  openPortalFromApp,
  signedIn,
  tabTo,
} from "../support/journeys";
import { ROBOT_CHECK_LABEL, ROBOT_CHECK_SOLVED } from "../support/wording";

const journey = new Journey("8-je-ne-suis-pas-un-robot", { axe: true });
const stage = journeyStage(["dpecotheque"], [journey]);

const robotBox = (page: Page) => page.getByRole("checkbox", { name: ROBOT_CHECK_LABEL });
const robotStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Vérification/ });

describe("journey 8: « Je ne suis pas un robot »", () => {
  it("is solved while the person types, ticks itself, is announced, and lets the sign-in through", async () => {
    const { account, context, page } = await newActivePerson(stage.browser, "robot-journey");
    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await journey.step(page, "connexion", robotBox(page));
    expect(await robotBox(page).isChecked()).toBe(false);
    const robotCheck = page.locator("fieldset", { has: robotBox(page) });
    expect(await robotCheck.locator("img, svg, canvas, iframe").count()).toBe(0);

    await page.fill("#username", account.email);
    await page.fill("#password", VALID_PASSWORD);
    await robotStatus(page).filter({ hasText: ROBOT_CHECK_SOLVED }).waitFor();
    expect(await robotBox(page).isChecked()).toBe(true);
    await journey.step(page, "verification-terminee");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await journey.step(page, "application-connecte", signedIn(page));
    await context.close();
  });

  it("starts with the keyboard alone: Tab to the box, Space", async () => {
    const { context, page } = await newPerson(stage.browser);
    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await page.locator("#username").blur();
    await tabTo(page, robotBox(page));
    expect(await robotBox(page).evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press("Space");
    await robotStatus(page).filter({ hasText: ROBOT_CHECK_SOLVED }).waitFor();
    expect(await robotBox(page).isChecked()).toBe(true);
    await context.close();
  });

  it("sends a form sent before the end once the check is done", async () => {
    const { account, context, page } = await newActivePerson(stage.browser, "robot-early");
    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    // Filled in one go and sent at once, before the work can be done.
    await page
      .locator("#username")
      .evaluate((input, email) => ((input as HTMLInputElement).value = email), account.email);
    await page
      .locator("#password")
      .evaluate((input, value) => ((input as HTMLInputElement).value = value), VALID_PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await signedIn(page).waitFor();
    await context.close();
  });

  it("finds no accessibility violation on the way", () => {
    expectNoViolations(journey);
  });
});
