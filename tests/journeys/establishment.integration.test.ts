/**
 * Journey 12, a compte principal adds colleagues (issues 15 and 21): signed in to "Mon compte" with
 * its password and authenticator app, the principal of an établissement opens "Mon établissement"
 * and adds a colleague's address; a new colleague receives the first-connexion e-mail and sets a
 * password; the principal then removes the colleague from the établissement, whose account stays.
 * A colleague who already has an account is invited by e-mail instead, and joins by accepting in
 * "Mon compte", at 1280 and 360 px.
 */
import { describe, expect, it } from "vitest";
import { accountMessages } from "../../theme/src/account/i18n";
import { actionLink } from "../support/email-links";
import { adminClient, inbox, uniqueEmail } from "../support/keycloak";
import {
  Journey,
  VALID_PASSWORD,
  expectNoViolations,
  journeyStage,
  makePrincipal,
  newActivePerson,
  newPerson,
  portalPage,
  signInToAccountSpace,
} from "../support/journeys";

const fr = accountMessages.fr;
const journey = new Journey("12-compte-principal", { axe: true });
const stage = journeyStage([], [journey]);
const UAI = "0751234A";
const OTHER = "0932345B";

describe("journey 12: the compte principal of an établissement adds a colleague", () => {
  it("adds the address, the colleague sets a password from the e-mail, then is removed from the établissement", async () => {
    const { account: principal, context, page } = await newActivePerson(stage.browser, "principal-journey");
    const admin = await adminClient();
    const otp = await makePrincipal(principal.email, UAI);

    await signInToAccountSpace(page, principal.email, { otp });
    await portalPage(page, fr.personalInfoTitle).waitFor();
    await page.getByRole("link", { name: fr.establishmentTitle, exact: true }).click();
    const section = page.getByRole("region", { name: fr.establishmentSection.replace("{0}", UAI) });
    await journey.step(page, "mon-etablissement", section.getByRole("cell", { name: principal.email, exact: true }));

    const colleague = uniqueEmail("collegue");
    await section.getByLabel(fr.establishmentAddLabel).fill(colleague);
    await section.getByRole("button", { name: fr.establishmentAdd }).click();
    const row = section.getByRole("row").filter({ hasText: colleague });
    await journey.step(page, "collegue-ajoute", row.getByText(fr.establishmentPending));
    expect(await section.textContent()).toContain(fr.establishmentAdded.replace("{0}", colleague).replace("{1}", UAI));

    const colleagueBrowser = await newPerson(stage.browser);
    await colleagueBrowser.page.goto(actionLink(await inbox().waitFor(colleague)));
    const proceed = colleagueBrowser.page.locator('a[href*="action-token"]:not([href*="kc_locale"])');
    await colleagueBrowser.page.locator("#password-new").or(proceed).first().waitFor();
    if (await proceed.count()) await proceed.first().click();
    await journey.step(colleagueBrowser.page, "collegue-mot-de-passe", colleagueBrowser.page.locator("#password-new"));
    await colleagueBrowser.page.fill("#password-new", VALID_PASSWORD);
    await colleagueBrowser.page.fill("#password-confirm", VALID_PASSWORD);
    await colleagueBrowser.page.locator('[type="submit"]').first().click();
    await colleagueBrowser.page.waitForLoadState("networkidle");
    const [created] = await admin.users.find({ email: colleague, exact: true });
    const credentials = await admin.users.getCredentials({ id: created!.id! });
    expect(credentials.map((credential) => credential.type)).toContain("password");
    await colleagueBrowser.context.close();

    await page.reload();
    await section.getByRole("cell", { name: colleague, exact: true }).waitFor();
    await journey.step(page, "collegue-actif", row.getByText(fr.establishmentActive));
    await section
      .getByRole("button", { name: fr.establishmentRemoveLabel.replace("{1}", UAI).replace("{0}", colleague) })
      .click();
    await journey.step(
      page,
      "collegue-retire",
      section.getByText(fr.establishmentRemoved.replace("{0}", colleague).replace("{1}", UAI)),
    );
    await expect.poll(() => row.count()).toBe(0);
    const [kept] = await admin.users.find({ email: colleague, exact: true, briefRepresentation: false });
    expect(kept).toMatchObject({ enabled: true });
    expect(kept!.attributes?.etablissement ?? []).not.toContain(UAI);
    await context.close();
    expectNoViolations(journey);
  });

  for (const width of [1280, 360])
    it(`invites a colleague who already has an account, who joins by accepting in "Mon compte" (${width} px)`, async () => {
      const { account: principal, context, page } = await newActivePerson(stage.browser, `principal-invites-${width}`);
      const otp = await makePrincipal(principal.email, UAI);
      await page.setViewportSize({ width, height: 900 });
      await signInToAccountSpace(page, principal.email, { otp, section: "establishment" });
      const section = page.getByRole("region", { name: fr.establishmentSection.replace("{0}", UAI) });
      await section.getByRole("cell", { name: principal.email, exact: true }).waitFor();

      const { account: colleague, ...colleagueBrowser } = await newActivePerson(stage.browser, `invited-${width}`);
      // A colleague of another school so far.
      const admin = await adminClient();
      const [user] = await admin.users.find({ email: colleague.email, exact: true, briefRepresentation: false });
      await admin.users.update(
        { id: user!.id! },
        { ...user, attributes: { ...user!.attributes, etablissement: [OTHER] } },
      );
      await section.getByLabel(fr.establishmentAddLabel).fill(colleague.email);
      await section.getByRole("button", { name: fr.establishmentAdd }).click();
      const row = section.getByRole("row").filter({ hasText: colleague.email });
      // Until the colleague accepts: an invitation, no name.
      await journey.step(page, `invitation-envoyee-${width}`, row.getByText(fr.establishmentPending));
      expect(await row.textContent()).not.toContain(colleague.lastName);

      const email = await inbox().waitFor(colleague.email);
      expect(email.subject).toContain(UAI);
      const link = email.links.find((candidate) => candidate.includes("/account/establishment/join?"))!;
      await colleagueBrowser.page.setViewportSize({ width, height: 900 });
      await colleagueBrowser.page.goto(link);
      await colleagueBrowser.page.fill("#username", colleague.email);
      await colleagueBrowser.page.fill("#password", VALID_PASSWORD);
      await colleagueBrowser.page.getByRole("button", { name: "Se connecter", exact: true }).click();
      const invitation = portalPage(colleagueBrowser.page, fr.invitationTitle);
      await journey.step(colleagueBrowser.page, `invitation-recue-${width}`, invitation);
      await colleagueBrowser.page.getByRole("button", { name: fr.invitationAccept }).click();
      await journey.step(
        colleagueBrowser.page,
        `invitation-acceptee-${width}`,
        colleagueBrowser.page.getByText(fr.invitationAccepted.replace("{0}", UAI)),
      );
      const [joined] = await admin.users.find({ email: colleague.email, exact: true, briefRepresentation: false });
      expect(joined!.attributes?.etablissement).toEqual([OTHER, UAI]);
      await colleagueBrowser.context.close();

      await page.reload();
      await journey.step(page, `collegue-rattache-${width}`, row.getByText(fr.establishmentActive));
      expect(await row.textContent()).toContain(colleague.lastName);
      await context.close();
      expectNoViolations(journey);
    });
});
