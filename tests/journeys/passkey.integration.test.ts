/**
 * Journey 11, passkeys ("clés d'accès"): a person adds a passkey from "Mon compte" (the sign-in
 * pages' WebAuthn registration step), sees it listed, signs out, signs in again with the passkey
 * alone (no e-mail address, no password, no robot check typed), lands in the account space, and
 * removes the passkey there; each change is told by e-mail. An SIEC operator, who must give an
 * authenticator app's code after the password, is not asked for it after a passkey: the passkey
 * is the other second factor. The device is Chromium's virtual authenticator (DevTools protocol),
 * which verifies its holder (as a fingerprint or a PIN would) and says yes at once. Every screen is
 * checked with axe.
 */
import { describe, expect, it } from "vitest";
import { accountMessages } from "../../theme/src/account/i18n";
import {
  Journey,
  VALID_PASSWORD,
  expectNoViolations,
  journeyStage,
  newActivePerson,
  newPerson,
  operatorAccount,
  portalPage,
  signIn,
  signInToAccountSpace,
} from "../support/journeys";
import { nextCode, typeKeyIntoApp } from "../support/authenticator-app";
import { adminClient, inbox, testStack } from "../support/keycloak";
import { virtualAuthenticator } from "../support/virtual-authenticator";
import {
  PASSKEY_SIGN_IN,
  SECURITY_REMOVE_SUBJECT,
  SECURITY_UPDATE_SUBJECT,
  SIGN_IN_TITLE,
  TOTP_SETUP_TITLE,
  WEBAUTHN_REGISTER_BUTTON,
  PASSKEY_REGISTER_TITLE,
} from "../support/wording";

const fr = accountMessages.fr;
const PASSKEY_NAME = "Ordinateur du bureau";
const journey11 = new Journey("11-cle-d-acces", { axe: true });
const stage = journeyStage([], [journey11]);

async function credentialTypes(email: string): Promise<string[]> {
  const admin = await adminClient();
  const [user] = await admin.users.find({ email, exact: true });
  return (await admin.users.getCredentials({ id: user!.id! })).map((credential) => credential.type!);
}

describe("journey 11: passkeys", () => {
  it("adds a passkey from 'Mon compte', signs in with it alone, and removes it", async () => {
    const { account, context, page } = await newActivePerson(stage.browser, "cle-acces");
    const { realm } = testStack();
    const { cdp, authenticatorId } = await virtualAuthenticator(page);

    await signInToAccountSpace(page, account.email, { section: "security", journey: journey11 });
    await journey11.step(page, "double-authentification", page.getByRole("button", { name: fr.securityPasskeyAdd }));

    await page.getByRole("button", { name: fr.securityPasskeyAdd }).click();
    await journey11.step(page, "enregistrer-la-cle", portalPage(page, PASSKEY_REGISTER_TITLE));
    await page.fill("#authenticatorLabel", PASSKEY_NAME);
    await page.getByRole("button", { name: WEBAUTHN_REGISTER_BUTTON }).click();
    await journey11.step(page, "cle-ajoutee", page.getByText(fr.actionDonePasskey));
    await page.getByText(PASSKEY_NAME).waitFor();
    expect(await credentialTypes(account.email)).toContain("webauthn-passwordless");
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);
    const added = await inbox().waitFor(account.email, { subject: SECURITY_UPDATE_SUBJECT });
    expect(added.text).toContain("Une clé d'accès a été ajoutée à votre compte.");

    await page.getByRole("button", { name: fr.accountSignOut }).click();
    await journey11.step(page, "deconnecte", portalPage(page, SIGN_IN_TITLE));
    // The passkey alone: neither the e-mail address nor the password is typed.
    await page.getByRole("button", { name: PASSKEY_SIGN_IN }).click();
    await journey11.step(page, "connecte-avec-la-cle", page.getByRole("link", { name: fr.securityTitle }));
    expect(page.url()).toContain(`/realms/${realm}/account/`);
    expect((await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials[0]!.signCount).toBeGreaterThan(
      credentials[0]!.signCount,
    );

    await page.getByRole("link", { name: fr.securityTitle, exact: true }).click();
    await page.getByText(PASSKEY_NAME).waitFor();
    // The account's one credential: its "Supprimer" (titled with its name).
    const remove = page.getByRole("button", { name: fr.securityRemove, exact: true });
    expect(await remove.getAttribute("title")).toBe(fr.securityRemoveLabel.replace("{0}", PASSKEY_NAME));
    // Removing it takes signing in again (kc_action=delete_credential, maximum age of
    // authentication 0 s), here with the passkey itself, then Keycloak's confirmation. Keycloak
    // counts the age in whole seconds: a removal within the sign-in's second needs none.
    await page.waitForTimeout(1_100);
    await remove.click();
    await journey11.step(page, "supprimer-reconnexion", page.getByText("Merci de vous authentifier à nouveau"));
    await page.getByRole("button", { name: PASSKEY_SIGN_IN }).click();
    await journey11.step(page, "supprimer", portalPage(page, `Supprimer « ${PASSKEY_NAME} »`));
    await page.getByRole("button", { name: "Supprimer", exact: true }).click();
    await journey11.step(page, "cle-supprimee", page.getByText(fr.actionDoneCredentialRemoved));
    expect(await credentialTypes(account.email)).not.toContain("webauthn-passwordless");
    const removed = await inbox().waitFor(account.email, { subject: SECURITY_REMOVE_SUBJECT });
    expect(removed.text).toContain("Une clé d'accès a été retirée de votre compte.");

    expectNoViolations(journey11);
    await context.close();
  });

  it("signs an SIEC operator in with a passkey alone, without the authenticator app's code", async () => {
    const operator = await operatorAccount("cle-acces-gestionnaire");
    const { keycloakUrl, realm } = testStack();
    const { context, page } = await newPerson(stage.browser);
    const { cdp, authenticatorId } = await virtualAuthenticator(page);

    // With the password, the operator is made to set up an app first (journey 9).
    await page.goto(`${keycloakUrl}/realms/${realm}/account/security`);
    await signIn(page, operator.email, VALID_PASSWORD);
    await portalPage(page, TOTP_SETUP_TITLE).waitFor();
    const { app } = await typeKeyIntoApp(page);
    await page.fill("#totp", await nextCode(app, []));
    await page.getByRole("button", { name: "Valider" }).click();

    await page.getByRole("button", { name: fr.securityPasskeyAdd }).click();
    await portalPage(page, PASSKEY_REGISTER_TITLE).waitFor();
    await page.getByRole("button", { name: WEBAUTHN_REGISTER_BUTTON }).click();
    await page.getByText(fr.actionDonePasskey).waitFor();
    expect(await credentialTypes(operator.email)).toEqual(expect.arrayContaining(["otp", "webauthn-passwordless"]));
    const before = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials[0]!.signCount;

    await page.getByRole("button", { name: fr.accountSignOut }).click();
    await portalPage(page, SIGN_IN_TITLE).waitFor();
    await page.getByRole("button", { name: PASSKEY_SIGN_IN }).click();
    await page.getByRole("link", { name: fr.securityTitle }).waitFor();
    expect(page.url()).toContain(`/realms/${realm}/account/`);
    expect((await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials[0]!.signCount).toBeGreaterThan(
      before,
    );
    await context.close();
  });
});
