/**
 * Journey 6, repeated wrong passwords: realm-config/realm.yaml locks an account for a while after
 * 5 failures (bruteForce: failuresBeforeLockout 5, firstLockout 1m, permanentLockout false, no
 * quick-login check). The siec realm's own numbers are small enough to play the journey there,
 * with an account of its own. The locked account's page says what a wrong password's says: a
 * lockout message would tell anyone that the address has an account (SECURITY.md §5).
 */
import { describe, expect, it } from "vitest";
import {
  Journey,
  VALID_PASSWORD,
  activeAccount,
  newPerson,
  openPortalFromApp,
  portalPage,
  signIn,
  journeyStage,
  signedIn,
} from "../support/journeys";
import { SIGN_IN_TITLE } from "../support/wording";
import { adminClient, testStack } from "../support/keycloak";

const WRONG_CREDENTIALS = "Adresse mail ou mot de passe incorrect.";

const journey = new Journey("6-blocage-temporaire");
const stage = journeyStage(["dpecotheque"], [journey]);

describe("journey 6: repeated wrong passwords", () => {
  it("lock the account for a while after 5 failures, the page saying only that the credentials are wrong", async () => {
    const admin = await adminClient();
    const { failureFactor, quickLoginCheckMilliSeconds, permanentLockout } = (await admin.realms.findOne({
      realm: testStack().realm,
    }))!;
    expect({ failureFactor, permanentLockout, quickLoginCheckMilliSeconds }).toEqual({
      failureFactor: 5,
      permanentLockout: false,
      quickLoginCheckMilliSeconds: 0,
    });

    const account = await activeAccount("blocage");
    const [user] = await admin.users.find({ email: account.email, exact: true });
    const status = () => admin.attackDetection.findOne({ id: user!.id! }) as Promise<Record<string, unknown>>;

    const { context, page } = await newPerson(stage.browser);
    await openPortalFromApp(page, stage.apps.urls.dpecotheque);
    for (let attempt = 1; attempt <= failureFactor!; attempt++) {
      await signIn(page, account.email, `Mauvais${attempt}$motdepasse`);
      await portalPage(page, SIGN_IN_TITLE).waitFor();
      await expect.poll(async () => (await status()).numFailures).toBe(attempt);
      await journey.step(page, `essai-${attempt}`, page.getByText(WRONG_CREDENTIALS));
      expect((await status()).disabled).toBe(attempt >= failureFactor!);
    }

    // Locked: even the right password is refused, with the wrong credentials' message.
    await signIn(page, account.email, VALID_PASSWORD);
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    await journey.step(page, "compte-bloque");
    const shown = await page.locator("main").textContent();
    expect(shown).toContain(WRONG_CREDENTIALS);
    expect(shown).not.toContain("bloqué");
    expect(await signedIn(page).count()).toBe(0);

    // The lock is temporary: once an operator (or the delay) lifts it, the password works again.
    await admin.attackDetection.del({ id: user!.id! });
    await signIn(page, account.email, VALID_PASSWORD);
    await journey.step(page, "debloque-connecte", signedIn(page));
    await context.close();
  });
});
