/**
 * ProConnect (issue 25), without a browser: the portal's realm with ProConnect enabled, brokering
 * to the local ProConnect (stack/proconnect), against the run's real Keycloak and SMTP server. The
 * first link by e-mailed link and by password, the unknown address, and what an attacker (or a
 * ProConnect that misbehaves) tries: a userinfo unsigned or badly signed, an acr below the one
 * asked, a replayed state, an identity already linked to another account, an address that differs
 * by case or by look-alike characters.
 */
import { PROCONNECT } from "@siec/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar as BrowserlessJar, kcContextString, type Answer } from "../../testing/browserless";
import { actionLink } from "../support/email-links";
import { inbox, testStack, uniqueEmail } from "../support/keycloak";
import { ACCOUNT_PASSWORD, startProConnectRealm, type ProConnectRealm } from "../support/proconnect";
import { codeFlowUrl, CookieJar, exchangeCode, loginAction, pageId, pageOutcome, pkce } from "./http";

const { keycloakUrl } = testStack();
let stage: ProConnectRealm;
let realm: string;
let app: ProConnectRealm["app"];

beforeAll(async () => {
  stage = await startProConnectRealm("proconnect");
  ({ realm, app } = stage);
});

afterAll(async () => {
  await stage?.stop();
});

/** Where the sign-in page's ProConnect button leads (Keycloak's provider login URL). */
function proConnectButton(html: string): string {
  const provider = new RegExp(
    `"providerId":\\s*"${PROCONNECT.providerId}"[^}]*"loginUrl":\\s*("(?:[^"\\\\]|\\\\.)*")`,
  ).exec(html);
  if (!provider) throw new Error(`no ProConnect button on ${pageId(html)}`);
  return JSON.parse(provider[1]!) as string;
}

/** From the app's sign-in page, the ProConnect button: where Keycloak sends the browser (ProConnect's authorize). */
async function toProConnect(jar: CookieJar, codeFlow: Record<string, string> = {}): Promise<string> {
  const signInPage = await jar.request(codeFlowUrl(realm, app, codeFlow));
  const button = proConnectButton(signInPage.body);
  const answer = await jar.follow(new URL(button, keycloakUrl).href);
  if (!answer.location) throw new Error(`${button}: ${JSON.stringify(pageOutcome(answer))}`);
  return answer.location;
}

/** ProConnect's own page, with `email` typed: where ProConnect sends the person back (Keycloak's broker endpoint). */
async function backFromProConnect(atProConnect: BrowserlessJar, authorize: string, email: string): Promise<string> {
  const emailPage = await atProConnect.follow(authorize);
  const back = await atProConnect.follow(emailPage.url, { form: { email } });
  if (!back.location?.startsWith(stage.brokerEndpoint)) {
    throw new Error(`ProConnect answered ${back.status}: ${back.body.slice(0, 500)}`);
  }
  return back.location;
}

/** The whole way through ProConnect: what Keycloak answers once ProConnect sent the person back (its pages followed, up to the app). */
async function throughProConnect(
  jar: CookieJar,
  email: string,
  codeFlow: Record<string, string> = {},
  atProConnect = new BrowserlessJar(stage.proConnect.issuer),
): Promise<Answer> {
  const back = await backFromProConnect(atProConnect, await toProConnect(jar, codeFlow), email);
  return jar.follow(back, { stopAt: app.redirectUri });
}

const signedIntoApp = (answer: Answer) => answer.location !== null && new URL(answer.location).searchParams.has("code");

async function linkedIdentities(userId: string) {
  return stage.connection.api.users.listFederatedIdentities({ realm, id: userId });
}

/** After the proof page, the e-mailed link followed in the same browser. */
async function followEmailedLink(jar: CookieJar, email: string): Promise<Answer> {
  const link = actionLink(await inbox().waitFor(email));
  return jar.follow(link, { stopAt: app.redirectUri });
}

/** From the proof page, "Essayer une autre méthode", then the account's password. */
async function proveWithPassword(jar: CookieJar, proof: Answer, password = ACCOUNT_PASSWORD): Promise<Answer> {
  const choices = await jar.follow(loginAction(proof.body), { form: { tryAnotherWay: "on" } });
  expect(pageOutcome(choices).page).toBe("select-authenticator.ftl");
  const executions = [...choices.body.matchAll(/"authExecId":\s*"([^"]+)"[^}]*?/g)].map((match) => match[1]!);
  const passwordChoice = [...choices.body.matchAll(/"displayName":\s*"([^"]+)",[^}]*?"authExecId":\s*"([^"]+)"/g)]
    .filter((match) => !match[1]!.startsWith("idp-email-verification"))
    .map((match) => match[2]!);
  expect(executions).toHaveLength(2);
  const passwordPage = await jar.follow(loginAction(choices.body), {
    form: { authenticationExecution: passwordChoice[0]! },
  });
  // The page posts the account's address with the password, as the sign-in form does (read-only there).
  const username = kcContextString(passwordPage.body, "username");
  expect(username).toBeTruthy();
  return jar.follow(loginAction(passwordPage.body), {
    form: { username: username!, password },
    stopAt: app.redirectUri,
  });
}

/** The subject of the tokens the app gets for the code of `answer` (its PKCE verifier given). */
async function tokensOf(answer: Answer, verifier: string) {
  const code = new URL(answer.location!).searchParams.get("code")!;
  const tokens = await exchangeCode(realm, app, code, verifier);
  const claims = JSON.parse(Buffer.from(tokens.id_token.split(".")[1]!, "base64url").toString()) as { sub: string };
  return { ...tokens, sub: claims.sub };
}

describe("the first sign-in with ProConnect", () => {
  it("asks for the ProConnect level it accepts, with only the parameters ProConnect takes", async () => {
    const jar = new CookieJar();
    const asked = new URL(await toProConnect(jar));
    expect(asked.origin + asked.pathname).toBe(`${stage.proConnect.issuer}/authorize`);
    expect(JSON.parse(asked.searchParams.get("claims")!)).toEqual({
      id_token: { acr: { essential: true, values: ["eidas1", "eidas2", "eidas3"] } },
    });
    expect([...asked.searchParams.keys()].sort()).toEqual([
      "claims",
      "client_id",
      "code_challenge",
      "code_challenge_method",
      "nonce",
      "redirect_uri",
      "response_type",
      "scope",
      "state",
    ]);
  });

  it("links the account once the person follows the link e-mailed to it, then goes straight through", async () => {
    const email = uniqueEmail("proconnect-link");
    const userId = await stage.account(email);
    const person = stage.agent(email);
    const jar = new CookieJar();
    const proof = await throughProConnect(jar, email);
    expect(pageOutcome(proof)).toMatchObject({ status: 200, page: "login-idp-link-email.ftl" });
    expect(await linkedIdentities(userId)).toEqual([]);

    expect(signedIntoApp(await followEmailedLink(jar, email))).toBe(true);
    expect(await linkedIdentities(userId)).toMatchObject([
      { identityProvider: "proconnect", userId: person.sub, userName: email.toLowerCase() },
    ]);
    const user = await stage.connection.api.users.findOne({ realm, id: userId });
    expect(user?.attributes).toMatchObject({ proconnect_uid: [person.uid], proconnect_idp_id: [person.idp_id] });

    expect(signedIntoApp(await throughProConnect(new CookieJar(), email))).toBe(true);
  });

  it("links the account once the person gives the account's password instead", async () => {
    const email = uniqueEmail("proconnect-password");
    const userId = await stage.account(email);
    stage.agent(email);
    const jar = new CookieJar();
    const proof = await throughProConnect(jar, email);
    const wrong = await proveWithPassword(jar, proof, "Pas-le-bon-2026");
    expect(signedIntoApp(wrong)).toBe(false);
    expect(await linkedIdentities(userId)).toEqual([]);

    const again = new CookieJar();
    expect(signedIntoApp(await proveWithPassword(again, await throughProConnect(again, email)))).toBe(true);
    expect(await linkedIdentities(userId)).toHaveLength(1);
  });

  it("says so when no account has the address, and creates none", async () => {
    const email = uniqueEmail("proconnect-unknown");
    stage.agent(email);
    const answer = await throughProConnect(new CookieJar(), email);
    expect(pageOutcome(answer)).toMatchObject({ status: 401, page: "error.ftl" });
    expect(pageOutcome(answer).message).toContain(email);
    expect(await stage.connection.api.users.find({ realm, email, exact: true })).toEqual([]);
  });

  it("asks an SIEC operator for the authenticator app after ProConnect too", async () => {
    const email = uniqueEmail("proconnect-operator");
    const userId = await stage.account(email, { group: "gestionnaires" });
    stage.agent(email);
    const jar = new CookieJar();
    await throughProConnect(jar, email);
    // An operator without an app sets one up before getting in, as on the portal's own form.
    expect(pageOutcome(await followEmailedLink(jar, email)).page).toBe("login-config-totp.ftl");
    expect(await linkedIdentities(userId)).toHaveLength(1);
    expect(pageOutcome(await throughProConnect(new CookieJar(), email)).page).toBe("login-config-totp.ftl");
  });

  it("ends the ProConnect session when the app signs the person out", async () => {
    const email = uniqueEmail("proconnect-sign-out");
    await stage.account(email);
    stage.agent(email);
    const { verifier, challenge } = pkce();
    const jar = new CookieJar();
    const atProConnect = new BrowserlessJar(stage.proConnect.issuer);
    await throughProConnect(jar, email, { code_challenge: challenge }, atProConnect);
    const tokens = await tokensOf(await followEmailedLink(jar, email), verifier);

    const signOut = new URL(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/logout`);
    signOut.searchParams.set("id_token_hint", tokens.id_token);
    signOut.searchParams.set("post_logout_redirect_uri", app.redirectUri);
    const signedOut = await jar.follow(signOut.href);
    const endSession = new URL(signedOut.location!);
    expect(endSession.origin + endSession.pathname).toBe(`${stage.proConnect.issuer}/session/end`);
    expect([...endSession.searchParams.keys()].sort()).toEqual(["id_token_hint", "post_logout_redirect_uri", "state"]);
    const back = await atProConnect.follow(endSession.href);
    const toApp = await jar.follow(back.location!, { stopAt: app.redirectUri });
    expect(toApp.location).toBe(app.redirectUri);

    // Both sessions ended: the portal shows its sign-in page, ProConnect asks the address again.
    expect(pageOutcome(await jar.follow(codeFlowUrl(realm, app))).page).toBe("login.ftl");
    const asked = await atProConnect.follow(await toProConnect(jar));
    expect(asked.body).toContain('name="email"');
  });
});

describe("an identity is never linked on the address alone", () => {
  it("a code and state replayed, in the same browser or another, sign no one in", async () => {
    const email = uniqueEmail("proconnect-replay");
    await stage.account(email);
    stage.agent(email);
    const jar = new CookieJar();
    const atProConnect = new BrowserlessJar(stage.proConnect.issuer);
    const back = await backFromProConnect(atProConnect, await toProConnect(jar), email);
    expect(pageOutcome(await jar.follow(back)).page).toBe("login-idp-link-email.ftl");

    for (const browser of [jar, new CookieJar()]) {
      const replayed = await browser.follow(back, { stopAt: app.redirectUri });
      expect(signedIntoApp(replayed)).toBe(false);
      expect(pageOutcome(replayed).page).not.toBe("login-idp-link-email.ftl");
    }
  });

  it("ProConnect's email_verified: false, or true, changes nothing: the proof is asked all the same", async () => {
    for (const emailVerified of [false, true]) {
      const email = uniqueEmail("proconnect-verified");
      const userId = await stage.account(email);
      stage.agent(email, { email_verified: emailVerified });
      expect(pageOutcome(await throughProConnect(new CookieJar(), email)).page).toBe("login-idp-link-email.ftl");
      expect(await linkedIdentities(userId)).toEqual([]);
    }
  });

  it("an address in other capitals finds the account, whose own address gets the link", async () => {
    const email = uniqueEmail("proconnect-case");
    const userId = await stage.account(email);
    stage.agent(email.toUpperCase());
    const jar = new CookieJar();
    expect(pageOutcome(await throughProConnect(jar, email.toUpperCase())).page).toBe("login-idp-link-email.ftl");
    expect(signedIntoApp(await followEmailedLink(jar, email))).toBe(true);
    expect(await linkedIdentities(userId)).toHaveLength(1);
  });

  it("an address with look-alike characters is another address: no account, nothing sent to the real one", async () => {
    const email = uniqueEmail("proconnect-lookalike");
    const userId = await stage.account(email);
    // A Cyrillic "о" (U+043E) for the Latin "o" of "proconnect".
    const lookAlike = email.replace("o", "\u043e");
    stage.agent(lookAlike);
    const answer = await throughProConnect(new CookieJar(), lookAlike);
    expect(pageOutcome(answer)).toMatchObject({ status: 401, page: "error.ftl" });
    expect(await linkedIdentities(userId)).toEqual([]);
    expect((await inbox().messages()).filter((message) => message.to.includes(email))).toEqual([]);
  });

  it("an identity linked to one account signs into that one, even when ProConnect later gives another's address", async () => {
    const owner = uniqueEmail("proconnect-owner");
    const ownerId = await stage.account(owner);
    const other = uniqueEmail("proconnect-other");
    const otherId = await stage.account(other);
    const person = stage.agent(owner);
    const { verifier, challenge } = pkce();
    const jar = new CookieJar();
    await throughProConnect(jar, owner);
    expect(signedIntoApp(await followEmailedLink(jar, owner))).toBe(true);

    person.email = other;
    const answer = await throughProConnect(new CookieJar(), other, { code_challenge: challenge });
    expect((await tokensOf(answer, verifier)).sub).toBe(ownerId);
    expect(await linkedIdentities(otherId)).toEqual([]);
  });
});

describe("what ProConnect's answer must be", () => {
  it.each([
    ["an unsigned userinfo", "unsigned-userinfo"],
    ["a userinfo whose signature is not the provider's", "bad-userinfo-signature"],
    ["an acr below the one asked", "acr-below-asked"],
  ] as const)("%s is refused: nothing linked, no e-mail", async (_case, fault) => {
    const email = uniqueEmail(`proconnect-${fault}`);
    const userId = await stage.account(email);
    stage.agent(email);
    stage.proConnect.setFault(fault);
    try {
      const answer = await throughProConnect(new CookieJar(), email);
      expect(signedIntoApp(answer)).toBe(false);
      expect(pageOutcome(answer).page).not.toBe("login-idp-link-email.ftl");
    } finally {
      stage.proConnect.setFault(undefined);
    }
    expect(await linkedIdentities(userId)).toEqual([]);
  });
});
