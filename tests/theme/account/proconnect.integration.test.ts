/**
 * "Mon compte" › Mot de passe and ProConnect (issue 25), against the run's real Keycloak, in a realm
 * of the portal's realm-config with ProConnect (tests/support/proconnect.ts): the section follows
 * the realm's linked-accounts list (nothing while ProConnect is off, "not linked", the identity
 * ProConnect gave once linked), Keycloak refuses to unlink an account without a password of its
 * own and the page says why, and unlinking one with a password removes the link on the server.
 * The link is made through the admin API, as the broker makes it at a first sign-in with
 * ProConnect (tests/journeys/proconnect tests that part).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMessages } from "../../../theme/src/account/i18n";
import { launchChromium } from "../../../testing/browser";
import { testStack, uniqueEmail } from "../../support/keycloak";
import { portalPage, signIn } from "../../support/journeys";
import { ACCOUNT_PASSWORD, startProConnectRealm, type ProConnectRealm } from "../../support/proconnect";
import { SIGN_IN_TITLE } from "../../support/wording";

const fr = accountMessages.fr;
let browser: Browser;
let stage: ProConnectRealm;

beforeAll(async () => {
  [stage, browser] = await Promise.all([startProConnectRealm("account-proconnect"), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await stage?.stop();
});

/** Turns the realm's ProConnect on or off, as PROCONNECT_ENABLED does. */
async function enableProConnect(enabled: boolean): Promise<void> {
  const { api } = stage.connection;
  const provider = await api.identityProviders.findOne({ realm: stage.realm, alias: "proconnect" });
  await api.identityProviders.update({ realm: stage.realm, alias: "proconnect" }, { ...provider, enabled });
}

/** The Mot de passe page, signed in, once it has shown its data. */
async function passwordPage(email: string): Promise<Page> {
  const page = await browser.newPage({ locale: "fr-FR" });
  await page.goto(`${testStack().keycloakUrl}/realms/${stage.realm}/account/password`);
  await portalPage(page, SIGN_IN_TITLE).waitFor();
  await signIn(page, email, ACCOUNT_PASSWORD);
  await page.getByRole("button", { name: fr.passwordChange }).waitFor();
  return page;
}

/** The page again, from the server: the same session, the data read anew. */
async function reloaded(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole("button", { name: fr.passwordChange }).waitFor();
}

const linkedIdentity = (email: string) => fr.proConnectLinked.replace("{0}", email);

describe("Mon compte › Mot de passe with ProConnect", () => {
  it("shows the link as the server has it, refuses to unlink the only way to sign in, and unlinks", async () => {
    const email = uniqueEmail("account-proconnect");
    const id = await stage.account(email);
    const { api } = stage.connection;
    const realm = stage.realm;
    await enableProConnect(false);
    const page = await passwordPage(email);
    // The linked-accounts list answered (the section's own request), without a ProConnect in it.
    await page.waitForLoadState("networkidle");
    expect(await page.locator("main").textContent()).not.toContain("ProConnect");

    await enableProConnect(true);
    await reloaded(page);
    await page.getByText(fr.proConnectNotLinked).waitFor();
    expect(await page.getByRole("button", { name: fr.proConnectUnlink }).count()).toBe(0);

    await api.users.addToFederatedIdentity({
      realm,
      id,
      federatedIdentityId: "proconnect",
      federatedIdentity: { identityProvider: "proconnect", userId: "proconnect-sub-1", userName: email },
    });
    await reloaded(page);
    await page.getByText(linkedIdentity(email)).waitFor();

    // Linked at a first sign-in through the e-mailed link, the account may have no password.
    const password = (await api.users.getCredentials({ realm, id })).find(
      (credential) => credential.type === "password",
    )!;
    await api.users.deleteCredential({ realm, id, credentialId: password.id! });
    await reloaded(page);
    await page.getByRole("button", { name: fr.proConnectUnlink }).click();
    await page.getByRole("button", { name: fr.proConnectUnlinkConfirmButton }).click();
    await page.getByText(fr.proConnectUnlinkRefusedNoPassword.replace("{0}", fr.passwordChange)).waitFor();
    expect(await api.users.listFederatedIdentities({ realm, id })).toHaveLength(1);
    await page.getByText(linkedIdentity(email)).waitFor();

    await api.users.resetPassword({
      realm,
      id,
      credential: { type: "password", value: ACCOUNT_PASSWORD, temporary: false },
    });
    await reloaded(page);
    await page.getByRole("button", { name: fr.proConnectUnlink }).click();
    await page.getByRole("button", { name: fr.proConnectUnlinkConfirmButton }).click();
    await page.getByText(fr.proConnectUnlinked).waitFor();
    await page.getByText(fr.proConnectNotLinked).waitFor();
    expect(await api.users.listFederatedIdentities({ realm, id })).toEqual([]);
    await page.close();
  });
});
