import { createHash } from "node:crypto";
import { robotChallengeUrl, type RobotChallenge } from "@siec/contract";
import { answerRobotChallenge, robotCheckAnswer, type RobotSolver } from "@siec/contract/robot-check";

/**
 * The pages' solver, with Node's synchronous hashing: 40 times faster than Web Crypto's one
 * promise per hash in Node, so that the tests' many sign-ins do not each spend seconds on it.
 */
export const nodeSolver: RobotSolver = async ({ algorithm, challenge, maxnumber, salt }) => {
  const hash = algorithm.replace("-", "").toLowerCase();
  for (let number = 0; number <= maxnumber; number++) {
    if (
      createHash(hash)
        .update(salt + number)
        .digest("hex") === challenge
    )
      return number;
  }
  return undefined;
};

/** What the robot-check helpers need of a browser: a GET with its cookies. */
export interface BrowserLike {
  request(url: string): Promise<{ status: number; body: string }>;
}

/**
 * A "Je ne suis pas un robot" challenge of `realmUrl`, asked from `browser`'s sign-in session; with
 * `username`, as costly as that address's failures ask too.
 */
export async function robotChallengeIn(
  realmUrl: string,
  browser: BrowserLike,
  username?: string,
): Promise<RobotChallenge> {
  const query = username === undefined ? "" : `?username=${encodeURIComponent(username)}`;
  const answer = await browser.request(`${robotChallengeUrl(realmUrl)}${query}`);
  if (answer.status !== 200) throw new Error(`robot check: no challenge (HTTP ${answer.status}): ${answer.body}`);
  return JSON.parse(answer.body) as RobotChallenge;
}

/**
 * A right "Je ne suis pas un robot" answer of `realmUrl` (`…/realms/siec`), as a page would post
 * it: solved on a challenge asked from `browser`'s sign-in session (its cookies), or, without a
 * browser, from no session at all.
 */
export async function robotAnswer(realmUrl: string, browser?: BrowserLike, username?: string): Promise<string> {
  if (browser === undefined) return robotCheckAnswer(realmUrl, { solver: nodeSolver });
  return answerRobotChallenge(await robotChallengeIn(realmUrl, browser, username), { solver: nodeSolver });
}
