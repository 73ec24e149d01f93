/**
 * Inactive accounts against the real Keycloak: the extension records the day of each sign-in
 * (listener siec-last-sign-in), and `users list|disable|delete --inactive-since` select from it, an
 * account never signed in to counted from its creation; `--warn` has the server e-mail the owners
 * first (endpoint siec-inactivity-warning). Days and creation times are set through the admin
 * API: the tests cannot wait a year.
 */
import { randomBytes } from "node:crypto";
import { ACTIVITY_ATTRIBUTES, OPERATOR_ROLE, type AccountStatus } from "@siec/contract";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../admin-scripts/src/cli";
import { confirm } from "../../../admin-scripts/src/commands/confirm";
import { watchRequests } from "../../../admin-scripts/src/keycloak/http";
import { parisDay } from "../../../admin-scripts/src/users/inactivity";
import { CookieJar, signIn } from "../../../testing/browserless";
import { saying } from "../../support/cli-messages";
import { expectReadableOnPhone } from "../../support/email-on-phone";
import { inbox, person, personWithPassword, testStack } from "../../support/keycloak";
import {
  adminConnection,
  closeRealmAndBrowser,
  realmAndBrowserForUserCommands,
  uniqueRealm,
} from "../../support/realm-config";
import { SENDER } from "../../support/wording";

vi.mock("../../../admin-scripts/src/commands/confirm", () => ({ confirm: vi.fn() }));

const PASSWORD = "Examens2026$ok";
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const { lastSignInDay, inactivityWarning } = ACTIVITY_ATTRIBUTES;

describe("inactive accounts", () => {
  const realm = uniqueRealm("inactive");
  let directory: string;
  let connection: ReturnType<typeof adminConnection>;
  let browser: Browser;
  const mails = inbox();
  const cli = (...args: string[]) => runCli(["--config", directory, "users", ...args]);
  const writes = () => watchRequests(testStack().keycloakUrl).writes;
  const printed = () =>
    vi
      .mocked(console.log)
      .mock.calls.map((call) => String(call[0]))
      .join("\n");

  beforeAll(async () => {
    ({ directory, connection, browser } = await realmAndBrowserForUserCommands(realm));
  });

  afterAll(() => closeRealmAndBrowser(realm, { connection, browser }));

  /**
   * An account of the test's realm, created `created` ago as far as Keycloak knows (it takes a
   * creation time on POST /users only), with `attributes`.
   */
  const account = (
    label: string,
    { created = new Date(), attributes = {} }: { created?: Date; attributes?: Record<string, string[]> } = {},
  ) => person(label, realm, { createdTimestamp: created.getTime(), attributes });

  const user = (id: string) => connection.api.users.findOne({ realm, id });
  /** Sets one attribute as an operator would: the whole account sent back, so nothing else changes. */
  async function setAttribute(id: string, name: string, value: string) {
    const current = (await user(id))!;
    await connection.api.users.update(
      { realm, id },
      { ...current, attributes: { ...current.attributes, [name]: [value] } },
    );
  }
  const attribute = async (id: string, name: string) => (await user(id))?.attributes?.[name]?.[0];

  async function signInOnce(email: string) {
    const [dexco] = await connection.api.clients.find({ realm, clientId: "dexco" });
    const client = { clientId: "dexco", redirectUri: dexco!.redirectUris!.find((uri) => uri.endsWith("/"))! };
    await signIn(new CookieJar(testStack().keycloakUrl), realm, client, { username: email, password: PASSWORD });
  }

  it("a sign-in records its day in Paris, once a day, where only operators see or change it", async () => {
    const { email, id } = await personWithPassword("connexion", { value: PASSWORD }, realm);
    const today = parisDay(new Date());

    await signInOnce(email);
    await expect.poll(() => attribute(id, lastSignInDay), { timeout: 5_000 }).toBe(today);

    // The same day again: the stored day is compared first, and a later one (another node's clock
    // just past midnight) is left as it is too.
    await signInOnce(email);
    expect(await attribute(id, lastSignInDay)).toBe(today);
    await setAttribute(id, lastSignInDay, "2999-01-01");
    await signInOnce(email);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await attribute(id, lastSignInDay)).toBe("2999-01-01");

    // An older day is replaced by today.
    await setAttribute(id, lastSignInDay, "2020-01-01");
    await signInOnce(email);
    await expect.poll(() => attribute(id, lastSignInDay), { timeout: 5_000 }).toBe(today);

    const profile = await connection.api.users.getProfile({ realm });
    for (const name of [lastSignInDay, inactivityWarning]) {
      expect(profile.attributes!.find((declared) => declared.name === name)!.permissions).toEqual({
        view: ["admin"],
        edit: ["admin"],
      });
    }
  });

  it("list, then disable after a dry run and a confirmation, leaving operators (however they hold the role) and recent accounts alone", async () => {
    const old = await account("ancien", { attributes: { [lastSignInDay]: ["2024-01-15"] } });
    const created = daysAgo(400);
    const never = await account("jamais", { created });
    const recent = await account("recent", {
      created: daysAgo(400),
      attributes: { [lastSignInDay]: [parisDay(daysAgo(3))] },
    });
    const operator = await account("operateur", { created: daysAgo(800) });
    const [operators] = await connection.api.groups.find({ realm, search: "gestionnaires", exact: true });
    await connection.api.users.addToGroup({ realm, id: operator.id, groupId: operators!.id! });
    // An operator through a subgroup of the operators' group, and one through a composite role.
    const deputy = await account("adjoint", { created: daysAgo(800) });
    const { id: deputies } = await connection.api.groups.createChildGroup(
      { realm, id: operators!.id! },
      { name: "adjoints" },
    );
    await connection.api.users.addToGroup({ realm, id: deputy.id, groupId: deputies });
    const head = await account("chef", { created: daysAgo(800) });
    await connection.api.roles.create({ realm, name: "chef-de-service" });
    const [headRole, operatorRole] = await Promise.all(
      ["chef-de-service", OPERATOR_ROLE].map((name) => connection.api.roles.findOneByName({ realm, name })),
    );
    await connection.api.roles.createComposite({ realm, roleId: headRole!.id! }, [operatorRole!]);
    await connection.api.users.addRealmRoleMappings({
      realm,
      id: head.id,
      roles: [{ id: headRole!.id!, name: headRole!.name! }],
    });

    vi.mocked(console.log).mockClear();
    expect(await cli("list", "--inactive-since", "365d")).toBe(0);
    const listed = printed();
    // None of them has set a password of their own.
    const pending: AccountStatus = "invitation-pending";
    expect(listed).toContain(`${old.email}\t${pending}\t${saying("inactive.lastSignedIn", { day: "2024-01-15" })}`);
    expect(listed).toContain(
      `${never.email}\t${pending}\t${saying("inactive.neverSignedIn", { day: parisDay(created) })}`,
    );
    expect(listed).toContain(
      `${operator.email}\t${pending}\t${saying("inactive.neverSignedIn", { day: parisDay(daysAgo(800)) })}\t${saying("inactive.operatorColumn")}`,
    );
    for (const { email } of [deputy, head])
      expect(listed).toContain(
        `${email}\t${pending}\t${saying("inactive.neverSignedIn", { day: parisDay(daysAgo(800)) })}\t${saying("inactive.operatorColumn")}`,
      );
    expect(listed).not.toContain(recent.email);

    // The dry run says who and why, and writes nothing.
    vi.mocked(console.log).mockClear();
    const before = writes();
    expect(await cli("disable", "--inactive-since", "365d", "--dry-run")).toBe(0);
    expect(writes() - before).toBe(0);
    const plan = printed();
    expect(plan).toContain(saying("inactive.toDisable", { count: 2 }));
    expect(plan).toContain(`  ${old.email}: ${saying("inactive.lastSignedIn", { day: "2024-01-15" })}`);
    expect(plan).toContain(`  ${never.email}: ${saying("inactive.neverSignedIn", { day: parisDay(created) })}`);
    expect(plan).toContain(saying("inactive.operators", { count: 3 }));
    expect(plan).toContain(saying("inactive.dryRun"));

    // Declined on the terminal: nothing is done.
    vi.mocked(confirm).mockResolvedValueOnce(false);
    expect(await cli("disable", "--inactive-since", "365d")).toBe(0);
    expect(vi.mocked(confirm)).toHaveBeenLastCalledWith(
      saying("inactive.confirm", { actions: saying("inactive.confirmDisable", { count: 2 }) }),
    );
    expect((await user(old.id))!.enabled).toBe(true);

    vi.mocked(confirm).mockResolvedValueOnce(true);
    vi.mocked(console.log).mockClear();
    expect(await cli("disable", "--inactive-since", "365d")).toBe(0);
    expect(printed()).toContain(saying("inactive.disabled", { done: 2, failed: 0 }));
    expect((await user(old.id))!.enabled).toBe(false);
    expect((await user(never.id))!.enabled).toBe(false);
    expect((await user(old.id))!.attributes![lastSignInDay]).toEqual(["2024-01-15"]);
    for (const { id } of [operator, deputy, head]) expect((await user(id))!.enabled).toBe(true);
    expect((await user(recent.id))!.enabled).toBe(true);

    // Run again (after a run cut off, say): what was done is not done again.
    vi.mocked(console.log).mockClear();
    expect(await cli("disable", "--inactive-since", "365d", "--yes")).toBe(0);
    expect(printed()).toContain(saying("inactive.nothingToDo"));

    // Given both addresses and --inactive-since, the command refuses.
    expect(await cli("disable", old.email, "--inactive-since", "365d")).toBe(1);
  });

  it("--warn has the server e-mail the owners first, in their language, and disables only those warned that long ago", async () => {
    const french = await account("prevenu", { created: daysAgo(500) });
    const english = await account("warned", { created: daysAgo(500), attributes: { locale: ["en"] } });
    const lately = await account("attente", {
      created: daysAgo(500),
      attributes: { [inactivityWarning]: [daysAgo(10).toISOString()] },
    });
    const longAgo = await account("delai", {
      created: daysAgo(500),
      attributes: { [inactivityWarning]: [daysAgo(31).toISOString()] },
    });

    vi.mocked(console.log).mockClear();
    expect(await cli("disable", "--inactive-since", "365d", "--warn", "30d", "--yes")).toBe(0);
    const disableOn = new Date(Date.now() + 30 * DAY_MS);
    expect(printed()).toContain(saying("inactive.toWarn", { count: 2, day: parisDay(disableOn) }));
    expect(printed()).toContain(saying("inactive.waiting", { count: 1 }));
    expect(printed()).toContain(saying("inactive.warned", { done: 2, failed: 0 }));
    expect(printed()).toContain(saying("inactive.disabled", { done: 1, failed: 0 }));

    const day = (language: string) =>
      new Intl.DateTimeFormat(language, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "Europe/Paris",
      }).format(disableOn);
    const readable = (text: string) => text.replace(/\s+/g, " ").trim();
    const fr = await mails.waitFor(french.email);
    expect(fr.subject).toBe("Portail d'authentification - Votre compte va être désactivé");
    expect(fr.from).toEqual(SENDER);
    expect(fr.links).toEqual([]);
    const frSays = [
      "Bonjour,",
      `il sera désactivé le ${day("fr-FR")}.`,
      "Pour le garder, connectez-vous une fois avant cette date",
      "« Mot de passe oublié ? »",
    ];
    for (const sentence of frSays) expect(readable(fr.text)).toContain(sentence);
    expect(fr.html).toContain('lang="fr"');
    await expectReadableOnPhone(browser, fr.html, async (page) => {
      const shown = readable((await page.locator("body").textContent())!);
      for (const sentence of frSays) expect(shown).toContain(sentence);
    });

    const en = await mails.waitFor(english.email);
    expect(en.subject).toBe("Authentication portal - Your account is about to be disabled");
    expect(readable(en.text)).toContain(`it will be disabled on ${day("en-GB")}.`);
    expect(readable(en.text)).toContain("To keep it, sign in once before that day");
    expect(en.html).toContain('lang="en"');
    await expectReadableOnPhone(browser, en.html);

    // Each warning is recorded by the server, and the warned accounts stay enabled for now.
    for (const warned of [french, english]) {
      expect(Date.now() - new Date((await attribute(warned.id, inactivityWarning))!).getTime()).toBeLessThan(60_000);
      expect((await user(warned.id))!.enabled).toBe(true);
    }
    expect((await user(lately.id))!.enabled).toBe(true);
    expect((await user(longAgo.id))!.enabled).toBe(false);

    // The next run warns no one twice, and disables no one warned lately.
    vi.mocked(console.log).mockClear();
    expect(await cli("disable", "--inactive-since", "365d", "--warn", "30d", "--yes")).toBe(0);
    expect(printed()).toContain(saying("inactive.waiting", { count: 3 }));
    expect(printed()).toContain(saying("inactive.nothingToDo"));
    expect((await mails.messages()).filter((message) => message.to.includes(french.email))).toHaveLength(1);
  });

  it("delete, after a dry run and a confirmation, leaves operators alone", async () => {
    const gone = await account("supprime", { created: daysAgo(900) });
    const operator = await account("operatrice", { created: daysAgo(900) });
    const [operators] = await connection.api.groups.find({ realm, search: "gestionnaires", exact: true });
    await connection.api.users.addToGroup({ realm, id: operator.id, groupId: operators!.id! });

    vi.mocked(console.log).mockClear();
    const before = writes();
    expect(await cli("delete", "--inactive-since", "730d", "--dry-run")).toBe(0);
    expect(writes() - before).toBe(0);
    expect(printed()).toContain(
      `  ${gone.email}: ${saying("inactive.neverSignedIn", { day: parisDay(daysAgo(900)) })}`,
    );

    vi.mocked(confirm).mockResolvedValueOnce(true);
    expect(await cli("delete", "--inactive-since", "730d")).toBe(0);
    expect(await user(gone.id)).toBeNull(); // gone: the admin client gives null for a 404
    expect((await user(operator.id))!.enabled).toBe(true);
  });

  it("the warning endpoint answers 401 without a token, 403 to one that may only view users, and refuses a day that is not after today", async () => {
    const { id } = await account("endpoint");
    const url = `${testStack().keycloakUrl}/admin/realms/${realm}/siec-inactivity-warning/${id}`;
    const post = async (body: unknown, token?: string) =>
      (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
          body: JSON.stringify(body),
        })
      ).status;
    expect(await post({ disableOn: "2999-01-01" })).toBe(401);
    const token = await connection.api.getAccessToken();
    expect(await post({ disableOn: parisDay(new Date()) }, token)).toBe(400);
    expect(await post({ disableOn: "demain" }, token)).toBe(400);

    const viewer = await viewUsersOnlyToken();
    const read = await fetch(`${testStack().keycloakUrl}/admin/realms/${realm}/users/${id}`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(read.status).toBe(200);
    expect(await post({ disableOn: "2999-01-01" }, viewer)).toBe(403);
    expect(await attribute(id, inactivityWarning)).toBeUndefined();
  });
  /** A token of a service account holding realm-management's view-users alone. */
  async function viewUsersOnlyToken(): Promise<string> {
    const secret = randomBytes(16).toString("hex");
    const { id } = await connection.api.clients.create({
      realm,
      clientId: "lecture-seule",
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      secret,
    });
    const serviceUser = await connection.api.clients.getServiceAccountUser({ realm, id });
    const [management] = await connection.api.clients.find({ realm, clientId: "realm-management" });
    const viewUsers = await connection.api.clients.findRole({ realm, id: management!.id!, roleName: "view-users" });
    await connection.api.users.addClientRoleMappings({
      realm,
      id: serviceUser.id!,
      clientUniqueId: management!.id!,
      roles: [{ id: viewUsers!.id!, name: viewUsers!.name! }],
    });
    const response = await fetch(`${testStack().keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "lecture-seule",
        client_secret: secret,
      }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }
});
