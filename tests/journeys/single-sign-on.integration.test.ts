/**
 * Journey 2, sign-in, single sign-on and sign-out: a person signs in to DPECothèque, opens DEXCO
 * without giving their password again, signs out from DEXCO, and DPECothèque, reloaded, is signed
 * out too and asks for the password again.
 */
import { describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  activeAccount,
  appReady,
  expectedAccount,
  newPerson,
  openPortalFromApp,
  portalPage,
  shownAccount,
  signIn,
  journeyStage,
  signedIn,
} from "../support/journeys";
import { SIGN_IN_TITLE } from "../support/wording";

const journey = new Journey("2-connexion-sso-deconnexion");
const stage = journeyStage(["dpecotheque", "dexco"], [journey]);

describe("journey 2: sign-in, single sign-on between two apps, sign-out", () => {
  it("signs in once for DPECothèque and DEXCO, and one sign-out ends both", async () => {
    const account = await activeAccount("sso");
    const { context, page } = await newPerson(stage.browser);

    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    await journey.step(page, "dpecotheque-connexion");
    expect(await page.locator("main").textContent()).toContain("DPECothèque");
    await signIn(page, account.email, VALID_PASSWORD);
    await journey.step(page, "dpecotheque-connecte", signedIn(page));
    expect(await shownAccount(page)).toEqual(expectedAccount(account, "dpecotheque"));

    // DEXCO in another tab: the portal session signs the person in, no password asked.
    const dexco = await context.newPage();
    const portalPages: string[] = [];
    dexco.on("framenavigated", (frame) => {
      if (frame === dexco.mainFrame() && frame.url().includes("/login-actions/")) portalPages.push(frame.url());
    });
    await dexco.goto(stage.apps.urls.dexco);
    await appReady(dexco).first().waitFor();
    if (await dexco.getByRole("button", { name: "Se connecter" }).isVisible()) {
      await dexco.getByRole("button", { name: "Se connecter" }).click();
    }
    await journey.step(dexco, "dexco-connecte-sans-mot-de-passe", signedIn(dexco));
    expect(portalPages).toEqual([]);
    expect(await dexco.locator("#password").count()).toBe(0);
    expect(await shownAccount(dexco)).toEqual(expectedAccount(account, "dexco"));

    // Sign-out from DEXCO ends the portal session: back on DEXCO's landing page.
    await dexco.getByRole("button", { name: "Se déconnecter" }).click();
    await journey.step(dexco, "dexco-deconnecte", dexco.getByRole("button", { name: "Se connecter" }));
    expect(new URL(dexco.url()).origin).toBe(stage.apps.urls.dexco);

    // DPECothèque, reloaded, is signed out, and signing in asks for the password again.
    await page.reload();
    await journey.step(page, "dpecotheque-deconnecte", page.getByRole("button", { name: "Se connecter" }));
    expect(await signedIn(page).count()).toBe(0);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await journey.step(page, "dpecotheque-mot-de-passe-redemande", portalPage(page, SIGN_IN_TITLE));
    expect(await page.locator("#password").isVisible()).toBe(true);
    await signIn(page, account.email, VALID_PASSWORD);
    await journey.step(page, "dpecotheque-reconnecte", signedIn(page));
    await context.close();
  });
});
