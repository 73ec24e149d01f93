import { createHash } from "node:crypto";
import { robotCheckAnswer, type RobotSolver } from "@siec/contract/robot-check";

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

/** A right "Je ne suis pas un robot" answer of `realmUrl` (`…/realms/siec`), as a page would post it. */
export function robotAnswer(realmUrl: string): Promise<string> {
  return robotCheckAnswer(realmUrl, { solver: nodeSolver });
}
