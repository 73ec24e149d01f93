import { createInterface } from "node:readline/promises";
import { CliError } from "./errors";

/** A yes/no question on a terminal; elsewhere the command must be given --yes. */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new CliError("This asks for confirmation on a terminal; add --yes elsewhere.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question} [y/N] `);
  prompt.close();
  return /^(y|yes|o|oui)$/i.test(answer.trim());
}
