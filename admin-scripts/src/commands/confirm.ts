import { createInterface } from "node:readline/promises";
import { t } from "../messages";
import { CliError } from "./errors";

/** A yes/no question on a terminal; elsewhere the command must be given --yes. */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new CliError(t("confirm.needsTerminal"));
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question} ${t("confirm.choices")} `);
  prompt.close();
  return /^(y|yes|o|oui)$/i.test(answer.trim());
}
