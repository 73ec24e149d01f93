import { say, t, type Said } from "../messages";

/** An error whose message is all the operator needs: printed without a stack trace, exit code 1. */
export class CliError extends Error {}

/** The accounts a run failed on, each with why, on stderr. */
export function printFailures(failed: { email: string; message: Said }[]): void {
  for (const { email, message } of failed) console.error(t("users.failed", { email, message: say(message) }));
}
