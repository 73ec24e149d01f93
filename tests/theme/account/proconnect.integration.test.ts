/**
 * "Mon compte" › Mot de passe and ProConnect (issue 25), against the run's real Keycloak: the
 * section follows the realm's linked-accounts list (nothing without a `proconnect` provider, "not
 * linked", the identity ProConnect gave once linked), Keycloak refuses to unlink an account without
 * a password of its own and the page says why, and unlinking one with a password removes the link
 * on the server. In a throw-away realm: a provider in the shared `siec` realm would show on every
 * other test's sign-in. The link is made through the admin API, as the broker makes it at a first
 * sign-in with ProConnect (the sign-in journeys with the local ProConnect test that part).
 */
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountMessages } from "../../../theme/src/account/i18n";
import { launchChromium } from "../../../testing/browser";
import { createThemeRealm } from "../../../testing/theme-realm";
import { adminClient, personWithPassword, testStack } from "../../support/keycloak";
import { portalPage, signIn, VALID_PASSWORD } from "../../support/journeys";
import { SIGN_IN_TITLE } from "../../support/wording";

const fr = accountMessages.fr;
const realm = `account-proconnect-${Date.now().toString(36)}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await createThemeRealm(await adminClient(), realm, { accountTheme: "siec" });
});

afterAll(async () => {
  await browser?.close();
  await (await adminClient()).realms.del({ realm });
});

/** An admin client working on the throw-away realm, new each time: its token lives a minute. */
async function realmAdmin(): Promise<KeycloakAdminClient> {
  const admin = await adminClient();
  admin.setConfig({ realmName: realm });
  return admin;
}

/** ProConnect as realm-config declares it, as far as the account space sees it: its alias and name. */
async function declareProConnect(): Promise<void> {
  const issuer = "https://proconnect.example/api/v2";
  await (
    await realmAdmin()
  ).identityProviders.create({
    alias: "proconnect",
    displayName: "ProConnect",
    providerId: "oidc",
    enabled: true,
    hideOnLogin: true,
    config: {
      issuer,
      authorizationUrl: `${issuer}/authorize`,
      tokenUrl: `${issuer}/token`,
      clientId: "siec",
      clientSecret: "not-used-here",
      clientAuthMethod: "client_secret_post",
    },
  });
}

/** The Mot de passe page, signed in, once it has shown its data. */
async function passwordPage(email: string): Promise<Page> {
  const page = await browser.newPage({ locale: "fr-FR" });
  await page.goto(`${testStack().keycloakUrl}/realms/${realm}/account/password`);
  await portalPage(page, SIGN_IN_TITLE).waitFor();
  await signIn(page, email, VALID_PASSWORD);
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
    const { email, id } = await personWithPassword("account-proconnect", { value: VALID_PASSWORD }, realm);
    const page = await passwordPage(email);
    // The linked-accounts list answered (the section's own request), without a ProConnect in it.
    await page.waitForLoadState("networkidle");
    expect(await page.locator("main").textContent()).not.toContain("ProConnect");

    await declareProConnect();
    await reloaded(page);
    await page.getByText(fr.proConnectNotLinked).waitFor();
    expect(await page.getByRole("button", { name: fr.proConnectUnlink }).count()).toBe(0);

    await (
      await realmAdmin()
    ).users.addToFederatedIdentity({
      id,
      federatedIdentityId: "proconnect",
      federatedIdentity: { identityProvider: "proconnect", userId: "proconnect-sub-1", userName: email },
    });
    await reloaded(page);
    await page.getByText(linkedIdentity(email)).waitFor();

    // Linked at a first sign-in through the e-mailed link, the account may have no password.
    const admin = await realmAdmin();
    const password = (await admin.users.getCredentials({ id })).find((credential) => credential.type === "password")!;
    await admin.users.deleteCredential({ id, credentialId: password.id! });
    await reloaded(page);
    await page.getByRole("button", { name: fr.proConnectUnlink }).click();
    await page.getByRole("button", { name: fr.proConnectUnlinkConfirmButton }).click();
    await page.getByText(fr.proConnectUnlinkRefusedNoPassword.replace("{0}", fr.passwordChange)).waitFor();
    expect(await (await realmAdmin()).users.listFederatedIdentities({ id })).toHaveLength(1);
    await page.getByText(linkedIdentity(email)).waitFor();

    await (
      await realmAdmin()
    ).users.resetPassword({
      id,
      credential: { type: "password", value: VALID_PASSWORD, temporary: false },
    });
    await reloaded(page);
    await page.getByRole("button", { name: fr.proConnectUnlink }).click();
    await page.getByRole("button", { name: fr.proConnectUnlinkConfirmButton }).click();
    await page.getByText(fr.proConnectUnlinked).waitFor();
    await page.getByText(fr.proConnectNotLinked).waitFor();
    expect(await (await realmAdmin()).users.listFederatedIdentities({ id })).toEqual([]);
    await page.close();
  });
});
