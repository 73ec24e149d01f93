/**
 * The operators' CLI: `npm run admin -- <command>` or `siec-portail <command>`.
 */
import { inspect } from "node:util";
import type { Command } from "commander";
import { maskSecretValues } from "./config/variables";
import { registerAppCommands } from "./commands/apps";
import { describeFailure } from "./commands/failures";
import { registerRealmCommands } from "./commands/realm";
import { registerUserCommands } from "./commands/users";
import { chooseLanguage, t, useLanguage } from "./messages";
import { programInTheRunsLanguage } from "./messages/commander";

export function createProgram(): Command {
  // Before the commands are added, which inherit it: a parse error or --help returns, not exits.
  const program = programInTheRunsLanguage("siec-portail")
    .exitOverride()
    .description(t("program.description"))
    .option("-c, --config <dir>", t("option.config"), "realm-config")
    .showHelpAfterError();
  registerRealmCommands(program);
  registerUserCommands(program);
  registerAppCommands(program);
  return program;
}

/**
 * Runs the CLI in the language `--lang` or the locale asks for (French otherwise); returns the exit
 * code instead of exiting, so tests can run it in-process.
 */
export async function runCli(argv: string[]): Promise<number> {
  process.exitCode = 0;
  useLanguage(chooseLanguage(argv, process.env));
  try {
    await createProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("commander.")) return (error as { exitCode: number }).exitCode;
    // A secret variable's value never reaches the terminal, even quoted by an error.
    console.error(maskSecretValues(describeFailure(error) ?? inspect(error), process.env));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
