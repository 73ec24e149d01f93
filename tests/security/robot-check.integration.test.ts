/**
 * Attack tests (issue 13): "Je ne suis pas un robot" and the limit of reset e-mails, posted as a
 * script would, over plain HTTP, against the run's real Keycloak and real SMTP server. The
 * browser's side (the page solving it while the person types) is in tests/journeys/robot-check.
 */
import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { robotChallengeUrl } from "@siec/contract";
import type { RobotChallenge } from "@siec/contract";
import { answerRobotChallenge } from "@siec/contract/robot-check";
import { apply } from "@siec/admin-scripts";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionLink } from "../support/email-links";
import { inbox, personWithPassword, testStack } from "../support/keycloak";
import { adminConnection, loadConfig, realmConfigCopy, smtpVariables, uniqueRealm } from "../support/realm-config";
import { askForResetLinkAt } from "../../testing/browserless";
import { nodeSolver, robotAnswer, robotChallengeIn } from "../../testing/robot-check";
import { NEUTRAL_CONFIRMATION, ROBOT_CHECK_FAILED } from "../support/wording";
import { appClients, codeFlowUrl, CookieJar, loginAction, pageOutcome } from "./http";

const { keycloakUrl, realm, admin } = testStack();
const [app] = await appClients();
const client = { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! };
const password = "Examens2026$ok";
const field = EXTENSION_FORM_FIELDS.robotCheck;
const realmUrl = (name = realm) => `${keycloakUrl}/realms/${name}`;

/** An answer to post, or how to make one in the posting browser (its sign-in session). */
type AnswerIn = string | ((jar: CookieJar, email: string) => Promise<string>);

/** Posts the sign-in form of a fresh browser with `answer` in the robot-check field. */
async function signInWith(email: string, answer: AnswerIn, target = realm, secret = password) {
  const jar = new CookieJar();
  const page = await jar.request(codeFlowUrl(target, client));
  return jar.follow(loginAction(page.body), {
    form: {
      username: email,
      password: secret,
      [field]: typeof answer === "string" ? answer : await answer(jar, email),
    },
    stopAt: client.redirectUri,
  });
}

/** A right answer, solved on a challenge of this browser's sign-in session for that address. */
const solvedHere =
  (name = realm) =>
  (jar: CookieJar, email: string) =>
    robotAnswer(realmUrl(name), jar, email);

const signedIn = (answer: { location: string | null }) =>
  answer.location !== null && new URL(answer.location).searchParams.has("code");

/** Posts the "Mot de passe oublié ?" form of a fresh browser; `answer` undefined: a right one. */
const askForReset = (email: string, answer?: string) =>
  askForResetLinkAt(keycloakUrl, realm, client, { username: email, ...(answer !== undefined && { [field]: answer }) });

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
    expect(signedIn(await signInWith(email, solvedHere()))).toBe(true);
  });

  it("without a right answer, checks no password and signs no one in", async () => {
    const { email } = await personWithPassword("robot-refused", { value: password });
    // Right answers of another browser's sign-in session, each changed in one part.
    const source = new CookieJar();
    await source.request(codeFlowUrl(realm, client));
    const right = await robotAnswer(realmUrl(), source);
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
          signature: (await robotChallengeIn(realmUrl(), source)).signature,
        }),
      ),
    };
    for (const [label, answer] of Object.entries(wrongAnswers)) {
      const outcome = await signInWith(email, answer);
      expect(signedIn(outcome), label).toBe(false);
      expect(pageOutcome(outcome), label).toEqual({ status: 200, page: "login.ftl", message: ROBOT_CHECK_FAILED });
    }
    // A right answer still works: nothing locked the account.
    expect(signedIn(await signInWith(email, solvedHere()))).toBe(true);
  });

  it("refuses an answer used once already (replayed)", async () => {
    const { email } = await personWithPassword("robot-replay", { value: password });
    const jar = new CookieJar();
    let page = await jar.request(codeFlowUrl(realm, client));
    const answer = await robotAnswer(realmUrl(), jar);
    // Used once, with a wrong password; then replayed with the right one, in the same session.
    page = await jar.follow(loginAction(page.body), {
      form: { username: email, password: "Pas-le-bon-2026$", [field]: answer },
    });
    const replayed = await jar.follow(loginAction(page.body), {
      form: { username: email, password, [field]: answer },
      stopAt: client.redirectUri,
    });
    expect(signedIn(replayed)).toBe(false);
    expect(pageOutcome(replayed).message).toBe(ROBOT_CHECK_FAILED);
  });

  it("refuses an answer solved on another realm", async () => {
    const { email } = await personWithPassword("robot-other-realm", { value: password });
    const outcome = await signInWith(email, async () => {
      const jar = new CookieJar();
      await jar.request(
        codeFlowUrl("master", {
          clientId: "security-admin-console",
          redirectUri: `${keycloakUrl}/admin/master/console/`,
        }),
      );
      return robotAnswer(realmUrl("master"), jar).catch(() => "");
    });
    expect(signedIn(outcome)).toBe(false);
  });

  it("refuses an answer solved outside any sign-in session (issue 21, finding 4)", async () => {
    const { email } = await personWithPassword("robot-no-session", { value: password });
    const response = await fetch(robotChallengeUrl(realmUrl()));
    const outside = response.ok
      ? await answerRobotChallenge((await response.json()) as RobotChallenge, { solver: nodeSolver })
      : "";
    const outcome = await signInWith(email, outside);
    console.log(
      `challenge asked without a session: HTTP ${response.status}; its answer signs in: ${signedIn(outcome)}`,
    );
    expect(signedIn(outcome)).toBe(false);
  });

  it("refuses an answer solved in another browser's sign-in session (issue 21, finding 4)", async () => {
    const { email } = await personWithPassword("robot-other-session", { value: password });
    const other = new CookieJar();
    await other.request(codeFlowUrl(realm, client));
    const solvedElsewhere = await robotAnswer(realmUrl(), other);
    const outcome = await signInWith(email, solvedElsewhere);
    console.log(`answer of another session signs in: ${signedIn(outcome)}`);
    expect(signedIn(outcome)).toBe(false);
    expect(pageOutcome(outcome).message).toBe(ROBOT_CHECK_FAILED);
  });

  it("costs more after failures, for the session and for the address, and says how much (issue 21, finding 4)", async () => {
    const { email } = await personWithPassword("robot-cost", { value: password });
    const jar = new CookieJar();
    let page = await jar.request(codeFlowUrl(realm, client));
    const costs: number[] = [];
    const times: number[] = [];
    for (let failure = 0; failure <= 3; failure++) {
      const challenge = await robotChallengeIn(realmUrl(), jar);
      const started = performance.now();
      const answer = await answerRobotChallenge(challenge, { solver: nodeSolver });
      times.push(Math.round(performance.now() - started));
      costs.push(challenge.maxnumber);
      page = await jar.follow(loginAction(page.body), {
        form: { username: email, password: `Mauvais${failure}$motdepasse`, [field]: answer },
      });
      expect(pageOutcome(page).message).toBe("Adresse mail ou mot de passe incorrect.");
    }
    // Another browser, a new session, the same address: its cheap first answer is refused, and
    // the challenges of its session then cost what the address's failures ask.
    const fresh = new CookieJar();
    const freshPage = await fresh.request(codeFlowUrl(realm, client));
    const cheap = await robotChallengeIn(realmUrl(), fresh);
    const refused = await fresh.follow(loginAction(freshPage.body), {
      form: { username: email, password, [field]: await answerRobotChallenge(cheap, { solver: nodeSolver }) },
      stopAt: client.redirectUri,
    });
    const raised = await robotChallengeIn(realmUrl(), fresh);
    const right = await fresh.follow(loginAction(refused.body), {
      form: { username: email, password, [field]: await answerRobotChallenge(raised, { solver: nodeSolver }) },
      stopAt: client.redirectUri,
    });
    console.log(
      `robot-check cost: maxnumber after 0..3 failures ${costs.join(", ")}; Node's sha256 solver ${times.join(", ")} ms; ` +
        `new session for the address: first ${cheap.maxnumber} (${signedIn(refused) ? "signed in" : pageOutcome(refused).message}), then ${raised.maxnumber}`,
    );
    for (let index = 1; index < costs.length; index++) expect(costs[index]).toBe(costs[0]! * 2 ** index);
    expect(signedIn(refused)).toBe(false);
    expect(pageOutcome(refused).message).toBe(ROBOT_CHECK_FAILED);
    expect(raised.maxnumber).toBeGreaterThanOrEqual(costs[3]!);
    expect(signedIn(right)).toBe(true);
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
      const expired = await signInWith(
        email,
        async (jar) => {
          const old = await robotAnswer(realmUrl(shortLived), jar);
          await new Promise((resolve) => setTimeout(resolve, 4_000));
          return old;
        },
        shortLived,
      );
      expect(signedIn(expired)).toBe(false);
      // The control case: a fresh answer, posted as soon as the page is shown.
      expect(signedIn(await signInWith(email, solvedHere(shortLived), shortLived))).toBe(true);
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

  it("let the link of an e-mail open the new-password page once the address has had its e-mails of the hour", async () => {
    const { email } = await personWithPassword("reset-link-after-limit", { value: password });
    for (let request = 0; request < 4; request++) await askForReset(email);
    const jar = new CookieJar();
    const page = await jar.follow(actionLink(await inbox().waitFor(email)));
    expect(pageOutcome(page).page).toBe("login-update-password.ftl");
  });
});

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
