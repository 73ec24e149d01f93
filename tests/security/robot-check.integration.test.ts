/**
 * Attack tests (issue 13): "Je ne suis pas un robot" and the limit of reset e-mails, posted as a
 * script would, over plain HTTP, against the run's real Keycloak and real SMTP server. The
 * browser's side (the page solving it while the person types) is in tests/journeys/robot-check.
 */
import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { fetchRobotChallenge } from "@siec/contract/robot-check";
import { apply } from "@siec/admin-scripts";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inbox, personWithPassword, testStack } from "../support/keycloak";
import { adminConnection, loadConfig, realmConfigCopy, smtpVariables, uniqueRealm } from "../support/realm-config";
import { robotAnswer } from "../support/robot-check";
import { NEUTRAL_CONFIRMATION, ROBOT_CHECK_FAILED } from "../support/wording";
import { appClients, codeFlowUrl, CookieJar, kcContextString, loginAction, pageOutcome } from "./http";

const { keycloakUrl, realm, admin } = testStack();
const [app] = await appClients();
const client = { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! };
const password = "Examens2026$ok";
const field = EXTENSION_FORM_FIELDS.robotCheck;
const realmUrl = (name = realm) => `${keycloakUrl}/realms/${name}`;

/** Posts the sign-in form of a fresh browser with `answer` in the robot-check field. */
async function signInWith(email: string, answer: string, target = realm) {
  const jar = new CookieJar();
  const page = await jar.request(codeFlowUrl(target, client));
  return jar.follow(loginAction(page.body), {
    form: { username: email, password, [field]: answer },
    stopAt: client.redirectUri,
  });
}

const signedIn = (answer: { location: string | null }) =>
  answer.location !== null && new URL(answer.location).searchParams.has("code");

/** Posts the "Mot de passe oublié ?" form of a fresh browser; `answer` undefined: a right one. */
async function askForReset(email: string, answer?: string) {
  const jar = new CookieJar();
  const signInPage = await jar.request(codeFlowUrl(realm, client));
  const resetUrl = new URL(kcContextString(signInPage.body, "loginResetCredentialsUrl")!, keycloakUrl);
  const resetPage = await jar.follow(resetUrl.toString());
  const form: Record<string, string> = { username: email, ...(answer !== undefined && { [field]: answer }) };
  return jar.follow(loginAction(resetPage.body), { form });
}

async function emailsTo(address: string): Promise<number> {
  return (await inbox().messages()).filter((message) => message.to.includes(address)).length;
}

/** A right answer with one of its parts changed. */
function tampered(answer: string, change: (payload: Record<string, unknown>) => void): string {
  const payload = JSON.parse(atob(answer)) as Record<string, unknown>;
  change(payload);
  return btoa(JSON.stringify(payload));
}

describe("the sign-in form posted by a script", () => {
  it("signs in with a right answer (the control case)", async () => {
    const { email } = await personWithPassword("robot-control", { value: password });
    expect(signedIn(await signInWith(email, await robotAnswer(realmUrl())))).toBe(true);
  });

  it("without a right answer, checks no password and signs no one in", async () => {
    const { email } = await personWithPassword("robot-refused", { value: password });
    const right = await robotAnswer(realmUrl());
    const wrongAnswers = {
      "no answer": "",
      "not base64": "%%%",
      "base64 of nothing useful": btoa("{}"),
      "another number": tampered(right, (payload) => (payload.number = Number(payload.number) + 1)),
      "a later expiry written in": tampered(right, (payload) => {
        payload.salt = String(payload.salt).replace(/expires=\d+/, "expires=9999999999");
      }),
      "a signature of its own": tampered(right, (payload) => (payload.signature = "0".repeat(64))),
      "a challenge of its own, solved, under a real signature": btoa(
        JSON.stringify({
          algorithm: "SHA-256",
          challenge: await sha256Hex("attacker7"),
          number: 7,
          salt: "attacker",
          signature: (await fetchRobotChallenge(realmUrl())).signature,
        }),
      ),
    };
    for (const [label, answer] of Object.entries(wrongAnswers)) {
      const outcome = await signInWith(email, answer);
      expect(signedIn(outcome), label).toBe(false);
      expect(pageOutcome(outcome), label).toEqual({ status: 200, page: "login.ftl", message: ROBOT_CHECK_FAILED });
    }
    // The right answer, never used by the attempts above, still works: nothing locked the account.
    expect(signedIn(await signInWith(email, right))).toBe(true);
  });

  it("refuses an answer used once already (replayed)", async () => {
    const { email } = await personWithPassword("robot-replay", { value: password });
    const answer = await robotAnswer(realmUrl());
    expect(signedIn(await signInWith(email, answer))).toBe(true);
    const replayed = await signInWith(email, answer);
    expect(signedIn(replayed)).toBe(false);
    expect(pageOutcome(replayed).message).toBe(ROBOT_CHECK_FAILED);
  });

  it("refuses an answer solved on another realm", async () => {
    const { email } = await personWithPassword("robot-other-realm", { value: password });
    const outcome = await signInWith(email, await robotAnswer(realmUrl("master")));
    expect(signedIn(outcome)).toBe(false);
  });

  it("in a realm whose sign-in pages live 3 seconds › refuses an answer older than that (expired)", async () => {
    const shortLived = uniqueRealm("robot-expiry");
    const directory = await realmConfigCopy(shortLived);
    const lifespans = path.join(directory, "lifespans.yaml");
    await writeFile(lifespans, (await readFile(lifespans, "utf8")).replace(/^signInPage: .*$/m, "signInPage: 3s"));
    const connection = adminConnection(keycloakUrl, shortLived, admin);
    const { apps } = testStack();
    const variables = { ...smtpVariables(), DPECOTHEQUE_URL: apps.dpecotheque, DEXCO_URL: apps.dexco };
    await apply(connection, await loadConfig(directory, variables));
    try {
      const { email } = await personWithPassword("robot-expired", { value: password }, shortLived);
      const old = await robotAnswer(realmUrl(shortLived));
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      const expired = await signInWith(email, old, shortLived);
      expect(signedIn(expired)).toBe(false);
      expect(pageOutcome(expired).message).toBe(ROBOT_CHECK_FAILED);
      // The control case: a fresh answer, posted as soon as the page is shown.
      const fresh = await robotAnswer(realmUrl(shortLived));
      expect(signedIn(await signInWith(email, fresh, shortLived))).toBe(true);
    } finally {
      await connection.api.realms.del({ realm: shortLived });
    }
  });
});

describe("the password-request form posted by a script", () => {
  it("without a right answer, shows the same neutral page and sends no e-mail", async () => {
    const { email } = await personWithPassword("robot-reset", { value: password });
    const refused = pageOutcome(await askForReset(email, ""));
    const forged = pageOutcome(await askForReset(email, btoa("{}")));
    const answered = pageOutcome(await askForReset(email));
    expect(refused).toEqual(answered);
    expect(forged).toEqual(answered);
    expect(answered).toEqual({ status: 200, page: "login.ftl", message: NEUTRAL_CONFIRMATION });
    await inbox().waitFor(email);
    expect(await emailsTo(email)).toBe(1);
  });
});

describe("reset e-mails (realm-config/flows.yaml emailsPerAddressPerHour: 3)", () => {
  it("30 requests for one address in a row send 3 e-mails, each answered with the same page", async () => {
    const { email } = await personWithPassword("reset-flood", { value: password });
    const outcomes = [];
    for (let request = 0; request < 30; request++) outcomes.push(pageOutcome(await askForReset(email)));
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome)))).toEqual(
      new Set([JSON.stringify({ status: 200, page: "login.ftl", message: NEUTRAL_CONFIRMATION })]),
    );
    // The e-mails are sent before each page answers: the inbox holds them all by now.
    await inbox().waitFor(email);
    expect(await emailsTo(email)).toBe(3);
  });

  it("are limited per address: once one address is at its limit, another still gets its e-mail", async () => {
    const flooded = await personWithPassword("reset-limit-reached", { value: password });
    for (let request = 0; request < 4; request++) await askForReset(flooded.email);
    const other = await personWithPassword("reset-limit-other", { value: password });
    await askForReset(other.email);
    await inbox().waitFor(other.email);
    expect(await emailsTo(other.email)).toBe(1);
  });
});

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
