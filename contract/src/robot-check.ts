import { solveChallenge } from "altcha-lib/v1";
import { robotChallengeUrl, type RobotChallenge } from "./extension-endpoints";

/** Finds the number whose hash, after the salt, is the challenge; undefined if there is none. */
export type RobotSolver = (challenge: RobotChallenge, signal?: AbortSignal) => Promise<number | undefined>;

/** ALTCHA's solver, on the Web Crypto API of the page. */
export const webCryptoSolver: RobotSolver = async (challenge, signal) => {
  const { promise, controller } = solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  );
  signal?.addEventListener("abort", () => controller.abort());
  return (await promise)?.number;
};

export async function fetchRobotChallenge(realmUrl: string, signal?: AbortSignal): Promise<RobotChallenge> {
  const response = await fetch(robotChallengeUrl(realmUrl), { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`robot check: no challenge (HTTP ${response.status})`);
  return (await response.json()) as RobotChallenge;
}

/** The answer a form posts in its robot-check field: ALTCHA's payload, base64 JSON. */
export async function answerRobotChallenge(
  challenge: RobotChallenge,
  options: { signal?: AbortSignal; solver?: RobotSolver } = {},
): Promise<string> {
  const number = await (options.solver ?? webCryptoSolver)(challenge, options.signal);
  if (number === undefined) throw new Error("robot check: the challenge has no answer");
  const { algorithm, challenge: hash, salt, signature } = challenge;
  return btoa(JSON.stringify({ algorithm, challenge: hash, number, salt, signature }));
}

/** A fresh answer, for the pages and for the scripts that post the forms as a browser does. */
export async function robotCheckAnswer(
  realmUrl: string,
  options: { signal?: AbortSignal; solver?: RobotSolver } = {},
): Promise<string> {
  return answerRobotChallenge(await fetchRobotChallenge(realmUrl, options.signal), options);
}
