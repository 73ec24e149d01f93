/**
 * Attack tests (issues 15 and 21) on "Mon établissement": what a compte principal may do through
 * the extension's /realms/{realm}/siec-establishment, and everything it may not, checked against
 * the run's real Keycloak without a browser (a page's checks would prove nothing). Every person
 * here has an authenticator app: principals must use one (realm-config/flows.yaml).
 */
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_STATUS,
  directoryUrl,
  establishmentAccountsUrl,
  establishmentInvitationUrl,
  establishmentUrl,
  INVITATION_PENDING,
  INVITATION_QUERY_PARAMETER,
  myAppsUrl,
  USER_ATTRIBUTES,
  type AccountStatus,
  type Establishment,
  type EstablishmentAccount,
  type EstablishmentInvitationSummary,
  type EstablishmentRefusal,
} from "@siec/contract";
import { givenAuthenticatorApp, nextCode } from "../support/authenticator-app";
import { actionLink, linkClaims } from "../support/email-links";
import {
  adminClient,
  inbox,
  person as somePerson,
  personWithPassword,
  testStack,
  uniqueEmail,
} from "../support/keycloak";
import { runCliOnTestStack } from "../support/realm-config";
import { realmConfigDir } from "../../stack/realm";
import { appClients, CookieJar, signIn } from "./http";

const { keycloakUrl, realm } = testStack();
const realmUrl = `${keycloakUrl}/realms/${realm}`;
const password = "Examens2026$ok";
const accountConsole = { clientId: "account-console", redirectUri: `${realmUrl}/account/` };
/** Each run's own codes, so that no other test's accounts are attached to them. */
const uai = (letter: string) => `${String(Date.now() % 10_000_000).padStart(7, "0")}${letter}`;

const authenticatorApp = givenAuthenticatorApp();
/** The codes each account used: Keycloak takes a code once per account. */
const usedCodes = new Map<string, string[]>();

/** A person with names, a password and an authenticator app. */
function person(label: string, attributes: Record<string, string[]>) {
  return somePerson(label, undefined, {
    attributes,
    credentials: [{ type: "password", value: password, temporary: false }, authenticatorApp.credential],
  });
}

/** A bearer token of the account space, as "Mon compte" holds it (the app's code given when asked). */
async function accountToken(email: string, client = accountConsole): Promise<string> {
  const used = usedCodes.get(email) ?? [];
  usedCodes.set(email, used);
  const otp = async () => {
    const code = await nextCode(authenticatorApp.app, used);
    used.push(code);
    return code;
  };
  return (await signIn(new CookieJar(), realm, client, { username: email, password, otp })).access_token;
}

function call(
  token: string | undefined,
  method: string,
  url: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) {
  return fetch(url, {
    method,
    headers: {
      accept: "application/json",
      ...(token && { authorization: `Bearer ${token}` }),
      ...(init.body !== undefined && { "content-type": "application/json" }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}

const add = (token: string, code: string, email: string) =>
  call(token, "POST", establishmentAccountsUrl(realmUrl, code), { body: { email } });
const remove = (token: string, code: string, email: string) =>
  call(token, "DELETE", `${establishmentAccountsUrl(realmUrl, code)}?email=${encodeURIComponent(email)}`);

async function refusal(response: Response): Promise<{ status: number; error: EstablishmentRefusal }> {
  return { status: response.status, error: ((await response.json()) as { error: EstablishmentRefusal }).error };
}

async function accountsOf(token: string, code: string): Promise<EstablishmentAccount[]> {
  const establishments = (await (await call(token, "GET", establishmentUrl(realmUrl))).json()) as Establishment[];
  return establishments.find((establishment) => establishment.uai === code)?.accounts ?? [];
}

/** The invitation the e-mail to `email` carries, from its link to "Mon compte". */
async function invitationSentTo(email: string): Promise<{ link: URL; invitation: string; subject: string }> {
  const message = await inbox().waitFor(email);
  const link = new URL(message.links.find((candidate) => candidate.includes("/account/establishment/join?"))!);
  return { link, invitation: link.searchParams.get(INVITATION_QUERY_PARAMETER)!, subject: message.subject };
}

const showInvitation = (token: string, invitation: string) =>
  call(
    token,
    "GET",
    `${establishmentInvitationUrl(realmUrl)}?${INVITATION_QUERY_PARAMETER}=${encodeURIComponent(invitation)}`,
  );
const answerInvitation = (token: string, invitation: string, accept: boolean) =>
  call(token, "POST", establishmentInvitationUrl(realmUrl), { body: { invitation, accept } });

async function userByEmail(email: string) {
  const admin = await adminClient();
  const [user] = await admin.users.find({ email, exact: true, briefRepresentation: false });
  return user;
}

/** A principal of `own`, attached also to `other` (of which it is not the principal), signed in to "Mon compte". */
async function principalOf(own: string, other: string) {
  const principal = await person("principal", { etablissement: [own, other], principal: [own] });
  return { ...principal, token: await accountToken(principal.email) };
}

describe("who may call it", () => {
  it("refuses a call without a token, and a token of another client than the account space's", async () => {
    expect((await call(undefined, "GET", establishmentUrl(realmUrl))).status).toBe(401);
    const own = uai("A");
    const { email } = await principalOf(own, uai("B"));
    const [app] = await appClients();
    const appToken = await accountToken(email, { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! });
    expect((await call(appToken, "GET", establishmentUrl(realmUrl))).status).toBe(403);
    expect((await add(appToken, own, uniqueEmail("via-app"))).status).toBe(403);
  });

  it("refuses a request from another origin, and answers no cross-origin preflight", async () => {
    const own = uai("C");
    const { token } = await principalOf(own, uai("D"));
    const foreign = await call(token, "GET", establishmentUrl(realmUrl), {
      headers: { origin: "https://evil.example" },
    });
    expect(await refusal(foreign)).toEqual({ status: 403, error: "foreign-origin" });
    const preflight = await fetch(establishmentAccountsUrl(realmUrl, own), {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("takes no form post (cross-site request forgery): JSON with a bearer token only", async () => {
    const own = uai("E");
    const { token } = await principalOf(own, uai("F"));
    const email = uniqueEmail("csrf");
    const form = await fetch(establishmentAccountsUrl(realmUrl, own), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email }),
    });
    expect(form.status).toBe(415);
    expect(await userByEmail(email)).toBeUndefined();
  });

  it("gives an account that is no compte principal nothing, and lets it add nobody", async () => {
    const own = uai("G");
    const someone = await person("not-principal", { etablissement: [own] });
    const token = await accountToken(someone.email);
    expect(await (await call(token, "GET", establishmentUrl(realmUrl))).json()).toEqual([]);
    expect(await refusal(await add(token, own, uniqueEmail("by-nobody")))).toEqual({
      status: 403,
      error: "not-principal",
    });
  });

  it("gives nothing of a principal value whose établissement the account is no longer attached to", async () => {
    const own = uai("H");
    const stale = await person("stale-principal", { etablissement: [uai("J")], principal: [own] });
    const token = await accountToken(stale.email);
    expect(await (await call(token, "GET", establishmentUrl(realmUrl))).json()).toEqual([]);
    expect((await add(token, own, uniqueEmail("by-stale"))).status).toBe(403);
  });
});

describe("a compte principal, a delegated administrator", () => {
  it("must use a second factor: signing in asks for the app, and the endpoint refuses an account without one", async () => {
    const own = uai("A");
    const admin = await adminClient();
    const withoutApp = await personWithPassword("principal-without-app", { value: password }, undefined, {
      etablissement: [own],
    });
    // Signed in before being made principal: a session without a second factor.
    const token = await accountToken(withoutApp.email);
    const user = await userByEmail(withoutApp.email);
    await admin.users.update(
      { id: withoutApp.id },
      { ...user, attributes: { etablissement: [own], principal: [own] } },
    );
    expect(await refusal(await call(token, "GET", establishmentUrl(realmUrl)))).toEqual({
      status: 403,
      error: "second-factor-required",
    });
    expect(await refusal(await add(token, own, uniqueEmail("without-app")))).toEqual({
      status: 403,
      error: "second-factor-required",
    });
    // Signing in again, the flow makes the principal set up an authenticator app first.
    const jar = new CookieJar();
    await expect(signIn(jar, realm, accountConsole, { username: withoutApp.email, password })).rejects.toThrow(
      /login-config-totp\.ftl/,
    );
  });

  it("keeps its answers out of every cache (Cache-Control: no-store), as every extension endpoint with personal data", async () => {
    const own = uai("B");
    const principal = await principalOf(own, uai("C"));
    const admin = await adminClient();
    for (const response of [
      await call(principal.token, "GET", establishmentUrl(realmUrl)),
      await add(principal.token, own, uniqueEmail("no-store")),
      await add(principal.token, own, "not-an-address"),
      await showInvitation(principal.token, "forged"),
      await call(principal.token, "GET", myAppsUrl(realmUrl)),
      await call(admin.accessToken!, "GET", directoryUrl(keycloakUrl, realm)),
    ])
      expect(response.headers.get("cache-control"), response.url).toContain("no-store");
  });
});

describe("a compte principal", () => {
  it("sees the accounts of its établissements only, with their status, and nothing of the others", async () => {
    const own = uai("K");
    const other = uai("L");
    const principal = await principalOf(own, other);
    const active = await person("active", { etablissement: [own] });
    const elsewhere = await person("elsewhere", { etablissement: [other] });
    const admin = await adminClient();
    const disabled = await person("disabled", { etablissement: [own] });
    await admin.users.update({ id: disabled.id }, { enabled: false });
    const pending = uniqueEmail("pending");
    await admin.users.create({
      username: pending,
      email: pending,
      enabled: true,
      attributes: { etablissement: [own] },
    });
    // Imported with a temporary password it has not replaced yet: not signed in, so still pending.
    const temporary = await personWithPassword("temporary", { value: password, temporary: true }, undefined, {
      etablissement: [own],
    });

    const answer = (await (await call(principal.token, "GET", establishmentUrl(realmUrl))).json()) as Establishment[];
    expect(answer.map((establishment) => establishment.uai)).toEqual([own]);
    const accounts = answer[0]!.accounts;
    expect(accounts.map((account) => account.email).sort()).toEqual(
      [principal.email, active.email, disabled.email, pending, temporary.email].sort(),
    );
    expect(accounts.find((account) => account.email === elsewhere.email)).toBeUndefined();
    const statusOf = (email: string) => accounts.find((account) => account.email === email)!.status;
    expect([statusOf(active.email), statusOf(disabled.email), statusOf(pending), statusOf(temporary.email)]).toEqual([
      "active",
      "disabled",
      "invitation-pending",
      "invitation-pending",
    ]);
    expect(accounts.find((account) => account.email === principal.email)).toMatchObject({
      principal: true,
      self: true,
    });
    expect(accounts.filter((account) => account.self).map((account) => account.email)).toEqual([principal.email]);
    // Nothing else of an account: no id, attributes, groups or roles.
    expect(Object.keys(accounts[0]!).sort()).toEqual(["email", "firstName", "lastName", "principal", "self", "status"]);
  });

  it("and the CLI's `users list --status` give every account the same status", async () => {
    const own = uai("S");
    const principal = await principalOf(own, uai("T"));
    const admin = await adminClient();
    const sent = new Date().toISOString();
    const ownPassword = { type: "password", value: password, temporary: false };
    const temporaryPassword = { ...ownPassword, temporary: true };
    // Each state an account can be in, and the status a person expects of it.
    const states: {
      label: string;
      expected: AccountStatus;
      enabled?: boolean;
      invitation?: string;
      credentials?: object[];
      requiredActions?: string[];
    }[] = [
      { label: "own", expected: "active", credentials: [ownPassword] },
      { label: "own-invited", expected: "active", invitation: sent, credentials: [ownPassword] },
      { label: "own-mail-pending", expected: "active", invitation: INVITATION_PENDING, credentials: [ownPassword] },
      {
        label: "own-asked-to-change",
        expected: "invitation-pending",
        credentials: [ownPassword],
        requiredActions: ["UPDATE_PASSWORD"],
      },
      { label: "none", expected: "invitation-pending" },
      { label: "none-invited", expected: "invitation-pending", invitation: sent, requiredActions: ["UPDATE_PASSWORD"] },
      { label: "none-mail-pending", expected: "invitation-pending", invitation: INVITATION_PENDING },
      { label: "temporary", expected: "invitation-pending", credentials: [temporaryPassword] },
      {
        label: "temporary-invited",
        expected: "invitation-pending",
        invitation: sent,
        credentials: [temporaryPassword],
      },
      { label: "disabled-own", expected: "disabled", enabled: false, credentials: [ownPassword] },
      { label: "disabled-mail-pending", expected: "disabled", enabled: false, invitation: INVITATION_PENDING },
      { label: "disabled-temporary", expected: "disabled", enabled: false, credentials: [temporaryPassword] },
    ];
    const expected = new Map<string, AccountStatus>([[principal.email, "active"]]);
    for (const { label, expected: status, enabled = true, invitation, credentials, requiredActions } of states) {
      const email = uniqueEmail(`status-${label}`);
      await admin.users.create({
        username: email,
        email,
        firstName: "Camille",
        lastName: "Durand",
        emailVerified: true,
        enabled,
        attributes: {
          [USER_ATTRIBUTES.etablissement]: [own],
          ...(invitation && { [USER_ATTRIBUTES.invitation]: [invitation] }),
        },
        ...(credentials && { credentials }),
        ...(requiredActions && { requiredActions }),
      });
      expected.set(email, status);
    }

    const shown = new Map((await accountsOf(principal.token, own)).map((account) => [account.email, account.status]));
    const listed = new Map<string, AccountStatus>();
    for (const status of ACCOUNT_STATUS.values) {
      const { code, output } = await runCliOnTestStack([
        "--config",
        realmConfigDir,
        "users",
        "list",
        "--etablissement",
        own,
        "--status",
        status,
      ]);
      expect(code, output).toBe(0);
      for (const line of output.split("\n").filter((line) => line.includes("\t")))
        listed.set(line.split("\t")[0]!, status);
    }
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
  });

  it("adds a new address: an account of that établissement with the realm's default role, sent the first-connexion e-mail, recorded as the principal's", async () => {
    const own = uai("M");
    const principal = await principalOf(own, uai("N"));
    const email = uniqueEmail("added");
    expect((await add(principal.token, own, email.toUpperCase())).status).toBe(204);

    const user = (await userByEmail(email))!;
    expect(user).toMatchObject({ username: email, email, enabled: true, attributes: { etablissement: [own] } });
    expect(user.attributes?.principal).toBeUndefined();
    const admin = await adminClient();
    const roles = await admin.users.listRealmRoleMappings({ id: user.id! });
    expect(roles.map((role) => role.name)).toEqual([`default-roles-${realm}`]);
    expect(await admin.users.listGroups({ id: user.id! })).toEqual([]);

    const link = actionLink(await inbox().waitFor(email));
    expect(linkClaims(link).exp - linkClaims(link).iat).toBeGreaterThan(3600);

    const events = await admin.realms.findAdminEvents({ realm, resourcePath: `users/${user.id}*`, max: 10 });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.authDetails?.userId).toBe(principal.id);
    expect(events.map((event) => event.operationType).sort()).toEqual(["ACTION", "CREATE"]);
  });

  it("never attaches an existing account on its word alone: its owner is invited by e-mail and joins only by accepting, signed in", async () => {
    const own = uai("P");
    const principal = await principalOf(own, uai("Q"));
    const elsewhere = uai("R");
    const existing = await person("existing", { etablissement: [elsewhere] });
    const before = (await userByEmail(existing.email))!;

    const answer = await add(principal.token, own, existing.email);
    expect(answer.status).toBe(204);
    expect(await answer.text()).toBe("");
    // Not attached, nothing of the account changed, and nothing of it shown: no names, no status.
    expect(await userByEmail(existing.email)).toEqual(before);
    expect((await accountsOf(principal.token, own)).find((account) => account.email === existing.email)).toEqual({
      email: existing.email,
      status: "invitation-pending",
      principal: false,
      self: false,
    });
    const { link, invitation, subject } = await invitationSentTo(existing.email);
    expect(subject).toContain(own);
    expect(link.href.startsWith(`${realmUrl}/account/establishment/join?`)).toBe(true);

    // Someone else signed in cannot see it, nor answer it.
    const someoneElse = await accountToken((await person("someone-else", {})).email);
    expect(await refusal(await showInvitation(someoneElse, invitation))).toEqual({
      status: 403,
      error: "invitation-for-another-account",
    });
    expect((await answerInvitation(someoneElse, invitation, true)).status).toBe(403);
    // The invited person, signed in, sees who invites them where, and accepts.
    const own_token = await accountToken(existing.email);
    expect(await (await showInvitation(own_token, invitation)).json()).toEqual({
      uai: own,
      invitedBy: "Camille Durand",
    } satisfies EstablishmentInvitationSummary);
    expect((await answerInvitation(own_token, invitation, true)).status).toBe(204);
    const after = (await userByEmail(existing.email))!;
    expect(after.attributes?.etablissement).toEqual([elsewhere, own]);
    expect({ ...after, attributes: undefined }).toEqual({ ...before, attributes: undefined });
    // Once: a second answer, or the link again, is refused.
    expect(await refusal(await answerInvitation(own_token, invitation, true))).toEqual({
      status: 410,
      error: "invitation-expired",
    });
    expect((await showInvitation(own_token, invitation)).status).toBe(410);
    // Now the principal sees the person's names.
    expect((await accountsOf(principal.token, own)).find((account) => account.email === existing.email)).toMatchObject({
      firstName: "Camille",
      lastName: "Durand",
      status: "active",
    });
    const [event] = await (
      await adminClient()
    ).realms.findAdminEvents({
      realm,
      resourcePath: `users/${existing.id}`,
      operationTypes: "UPDATE",
      max: 1,
    });
    expect(event).toMatchObject({ operationType: "UPDATE", authDetails: { userId: existing.id } });
  });

  it("answers and lists alike a new address, an existing account and an operator; refuses first an address the user profile refuses", async () => {
    const own = uai("P");
    const principal = await principalOf(own, uai("Q"));
    const existing = await person("alike-existing", { etablissement: [uai("R")] });
    const operator = await person("alike-operator", {});
    const admin = await adminClient();
    const [operators] = await admin.groups.find({ search: "gestionnaires", exact: true });
    await admin.users.addToGroup({ id: operator.id, groupId: operators!.id! });
    const operatorBefore = (await userByEmail(operator.email))!;
    const fresh = uniqueEmail("alike-new");
    // A Cyrillic "о": Keycloak's user profile refuses it (error-non-ascii-local-part-email).
    const refused = uniqueEmail("alike-оp1");

    expect(await refusal(await add(principal.token, own, refused))).toEqual({
      status: 400,
      error: "refused-by-profile",
    });
    const answers = [];
    for (const email of [fresh, existing.email, operator.email]) {
      const answer = await add(principal.token, own, email);
      answers.push({ status: answer.status, body: await answer.text() });
    }
    expect(answers).toEqual(Array(3).fill({ status: 204, body: "" }));
    const rows = await accountsOf(principal.token, own);
    expect(rows.map((account) => account.email)).not.toContain(refused);
    for (const email of [fresh, existing.email, operator.email])
      expect(
        rows.find((account) => account.email === email),
        email,
      ).toEqual({ email, status: "invitation-pending", principal: false, self: false });

    // The operator is neither attached, changed nor e-mailed; the refusal is recorded.
    await inbox().waitFor(existing.email);
    await inbox().waitFor(fresh);
    expect((await inbox().messages()).filter((message) => message.to.includes(operator.email))).toEqual([]);
    expect(await userByEmail(operator.email)).toEqual(operatorBefore);
    const events = await admin.realms.findAdminEvents({
      realm,
      resourcePath: `users/${operator.id}/siec-establishment-invitation`,
      max: 5,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operationType: "ACTION", authDetails: { userId: principal.id } });
    expect(JSON.stringify(events[0]!.details)).toContain("operator");
    // The address the user profile refuses creates nothing (finding 5) and is said so (issue 23).
    expect(await userByEmail(refused)).toBeUndefined();
    expect((await admin.users.find({ search: "alike-", max: 50 })).map((user) => user.email)).not.toContain(refused);
  });

  it("leaves nothing behind when the invitation is declined or withdrawn, and refuses a forged one", async () => {
    const own = uai("P");
    const principal = await principalOf(own, uai("Q"));
    const declining = await person("declining", {});
    // Signed in first: the sign-in itself records its day on the account (derniereConnexion).
    const token = await accountToken(declining.email);
    const before = (await userByEmail(declining.email))!;
    expect((await add(principal.token, own, declining.email)).status).toBe(204);
    const { invitation } = await invitationSentTo(declining.email);
    // A forged invitation: another établissement written in, the signature kept.
    const [header, payload, signature] = invitation.split(".");
    const forged = [
      header,
      Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), uai: uai("Z") }),
      ).toString("base64url"),
      signature,
    ].join(".");
    expect(await refusal(await answerInvitation(token, forged, true))).toEqual({
      status: 410,
      error: "invitation-expired",
    });
    expect((await answerInvitation(token, invitation, false)).status).toBe(204);
    expect(await userByEmail(declining.email)).toEqual(before);
    expect((await accountsOf(principal.token, own)).map((account) => account.email)).not.toContain(declining.email);
    expect((await answerInvitation(token, invitation, true)).status).toBe(410);
    expect(await userByEmail(declining.email)).toEqual(before);
    expect((await userByEmail(principal.email))!.attributes?.invitationsEnvoyees).toBeUndefined();

    // Withdrawn by the principal before it is answered: the link no longer works.
    const withdrawn = await person("withdrawn", {});
    expect((await add(principal.token, own, withdrawn.email)).status).toBe(204);
    const second = await invitationSentTo(withdrawn.email);
    expect((await remove(principal.token, own, withdrawn.email)).status).toBe(204);
    expect((await accountsOf(principal.token, own)).map((account) => account.email)).not.toContain(withdrawn.email);
    expect((await answerInvitation(await accountToken(withdrawn.email), second.invitation, true)).status).toBe(410);
    expect((await userByEmail(withdrawn.email))!.attributes?.etablissement).toBeUndefined();
  });

  it("does not make a principal again of an account that joins back (a principal value left from before)", async () => {
    const own = uai("P");
    const principal = await principalOf(own, uai("Q"));
    // Was principal of `own`, then an operator took `own` away from it without removing the value.
    const former = await person("former-principal", { etablissement: [uai("R")], principal: [own] });
    expect((await add(principal.token, own, former.email)).status).toBe(204);
    const { invitation } = await invitationSentTo(former.email);
    expect((await answerInvitation(await accountToken(former.email), invitation, true)).status).toBe(204);
    expect((await userByEmail(former.email))!.attributes?.principal ?? []).not.toContain(own);
    expect((await accountsOf(principal.token, own)).find((account) => account.email === former.email)).toMatchObject({
      principal: false,
    });
    expect((await remove(principal.token, own, former.email)).status).toBe(204);
  });

  it("changes nothing but the établissement, whatever else the request holds", async () => {
    const own = uai("S");
    const principal = await principalOf(own, uai("T"));
    const colleague = await person("colleague", { etablissement: [own] });
    const before = (await userByEmail(colleague.email))!;
    const answer = await call(principal.token, "POST", establishmentAccountsUrl(realmUrl, own), {
      body: {
        email: colleague.email,
        firstName: "Pirate",
        lastName: "Pirate",
        enabled: false,
        principal: [own],
        groups: ["gestionnaires"],
        credentials: [{ type: "password", value: "Pirate2026$pirate" }],
      },
    });
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(await userByEmail(colleague.email)).toEqual(before);
    // No other path of the endpoint changes an account.
    for (const [method, path] of [
      ["PUT", ""],
      ["PATCH", ""],
      ["PUT", `?email=${colleague.email}`],
    ] as const) {
      const response = await call(principal.token, method, `${establishmentAccountsUrl(realmUrl, own)}${path}`, {
        body: { email: colleague.email, firstName: "Pirate" },
      });
      expect(response.status, `${method} ${path}`).toBe(405);
    }
    expect(await userByEmail(colleague.email)).toEqual(before);
  });

  it("cannot add to, remove from or read an établissement it is not the principal of, even one it is attached to", async () => {
    const own = uai("U");
    const other = uai("V");
    const principal = await principalOf(own, other);
    const there = await person("there", { etablissement: [other] });
    expect(await refusal(await add(principal.token, other, uniqueEmail("other")))).toEqual({
      status: 403,
      error: "not-principal",
    });
    expect(await refusal(await remove(principal.token, other, there.email))).toEqual({
      status: 403,
      error: "not-principal",
    });
    expect((await userByEmail(there.email))!.attributes?.etablissement).toEqual([other]);
  });

  it("refuses a code that is not a UAI and an address that is not one, before anything", async () => {
    const own = uai("W");
    const principal = await principalOf(own, uai("X"));
    for (const code of [own.toLowerCase(), "0751234", "0751234AA", "..%2F..%2Fusers", "0751234A%0A"])
      expect(
        (
          await call(principal.token, "POST", `${establishmentUrl(realmUrl)}/${code}/accounts`, {
            body: { email: uniqueEmail("x") },
          })
        ).status,
        code,
      ).toBeGreaterThanOrEqual(400);
    expect(await refusal(await add(principal.token, own.toLowerCase(), uniqueEmail("x")))).toEqual({
      status: 400,
      error: "invalid-uai",
    });
    for (const email of [
      "",
      "pas-une-adresse",
      "<script>alert(1)</script>@example.org",
      `${"a".repeat(250)}@example.org`,
      "a@b@example.org",
    ])
      expect(await refusal(await add(principal.token, own, email)), email).toEqual({
        status: 400,
        error: "invalid-email",
      });
    expect(
      await refusal(await call(principal.token, "POST", establishmentAccountsUrl(realmUrl, own), { body: {} })),
    ).toEqual({
      status: 400,
      error: "invalid-email",
    });
  });

  it("detaches an account from its établissement, which stays as it is otherwise", async () => {
    const own = uai("Y");
    const principal = await principalOf(own, uai("Z"));
    const elsewhere = uai("A");
    const colleague = await person("leaving", { etablissement: [own, elsewhere] });
    expect((await remove(principal.token, own, colleague.email)).status).toBe(204);
    const user = (await userByEmail(colleague.email))!;
    expect(user).toMatchObject({ enabled: true, attributes: { etablissement: [elsewhere] } });
    const admin = await adminClient();
    const [event] = await admin.realms.findAdminEvents({ realm, resourcePath: `users/${user.id}`, max: 1 });
    expect(event).toMatchObject({ operationType: "UPDATE", authDetails: { userId: principal.id } });
    // Not attached any more, or no account at all: the same answer.
    expect(await refusal(await remove(principal.token, own, colleague.email))).toEqual({
      status: 404,
      error: "not-attached",
    });
    expect(await refusal(await remove(principal.token, own, uniqueEmail("nobody")))).toEqual({
      status: 404,
      error: "not-attached",
    });
  });

  it("cannot detach another principal, nor itself as the last one; it can once there is another", async () => {
    const own = uai("B");
    const principal = await principalOf(own, uai("C"));
    expect(await refusal(await remove(principal.token, own, principal.email))).toEqual({
      status: 409,
      error: "last-principal",
    });
    const second = await person("second-principal", { etablissement: [own], principal: [own] });
    expect(await refusal(await remove(principal.token, own, second.email))).toEqual({
      status: 403,
      error: "other-principal",
    });
    expect((await remove(principal.token, own, principal.email)).status).toBe(204);
    const user = (await userByEmail(principal.email))!;
    expect(user.attributes?.etablissement).not.toContain(own);
    expect(user.attributes?.principal ?? []).not.toContain(own);
    expect((await userByEmail(second.email))!.attributes).toMatchObject({ etablissement: [own], principal: [own] });
  });

  it("cannot leave when the only other principal is disabled", async () => {
    const own = uai("B");
    const principal = await principalOf(own, uai("C"));
    const disabled = await person("disabled-principal", { etablissement: [own], principal: [own] });
    await (await adminClient()).users.update({ id: disabled.id }, { enabled: false });
    expect(await refusal(await remove(principal.token, own, principal.email))).toEqual({
      status: 409,
      error: "last-principal",
    });
  });

  it("cannot make principals: the account space's own API does not write the principal attribute", async () => {
    const own = uai("D");
    const principal = await principalOf(own, uai("E"));
    const account = `${realmUrl}/account/`;
    const profile = (await (await call(principal.token, "GET", account)).json()) as Record<string, unknown>;
    expect(JSON.stringify(profile)).not.toContain('"principal"');
    await call(principal.token, "POST", account, {
      body: {
        ...profile,
        attributes: { ...(profile.attributes as object), principal: [own, uai("F")], etablissement: [own, uai("F")] },
      },
    });
    expect((await userByEmail(principal.email))!.attributes).toMatchObject({ principal: [own] });
  });

  it("is rate limited: a bounded number of changes (additions and removals) per hour", async () => {
    const own = uai("G");
    const principal = await principalOf(own, uai("H"));
    const colleague = await person("repeated", { etablissement: [own] });
    let accepted = 0;
    let answer: Response;
    for (;;) {
      answer = await add(principal.token, own, colleague.email);
      if (answer.status !== 204 || accepted > 100) break;
      accepted++;
    }
    expect(await refusal(answer)).toEqual({ status: 429, error: "too-many-changes" });
    expect(accepted).toBeGreaterThanOrEqual(5);
    expect(accepted).toBeLessThanOrEqual(50);
    expect((await add(principal.token, own, uniqueEmail("one-more"))).status).toBe(429);
    expect(await refusal(await remove(principal.token, own, colleague.email))).toEqual({
      status: 429,
      error: "too-many-changes",
    });
    expect((await userByEmail(colleague.email))!.attributes?.etablissement).toEqual([own]);
  });
});
