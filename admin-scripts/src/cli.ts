/**
 * The operators' CLI: `npm run admin -- <command>` or `siec-portail <command>`.
 */
import { inspect } from "node:util";
import { Command } from "commander";
import { maskSecretValues } from "./config/variables";
import { InvalidRealmConfig } from "./config/problems";
import { CliError } from "./commands/errors";
import { registerAppCommands } from "./commands/apps";
import { registerRealmCommands } from "./commands/realm";
import { registerUserCommands } from "./commands/users";
import { ProfileCheckRefused } from "./users/profile-check";
import { InvalidAccountsFile } from "./users/read-csv";
import { UntrustedPasswordsFile } from "./users/temporary-passwords";
import { ConnectionError } from "./keycloak/connection";
import { describeApiError, isKeycloakFailure } from "./keycloak/errors";
import { UnsafeExportName } from "./reconcile/export";
import { ServerCannotApply } from "./reconcile/plan";
import { chooseLanguage, t, useLanguage } from "./messages";
import { speakTheRunsLanguage } from "./messages/commander";

export function createProgram(): Command {
  // Before the commands are added, which inherit it: a parse error or --help returns, not exits.
  const program = speakTheRunsLanguage(new Command("siec-portail"))
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
    const report = (message: string) => console.error(maskSecretValues(message, process.env));
    if (error instanceof InvalidRealmConfig) {
      report(t("failure.realmConfig", { count: error.problems.length, problems: error.message }));
    } else if (error instanceof InvalidAccountsFile) {
      report(t("failure.accountsFile", { file: error.file, count: error.problems.length, problems: error.message }));
    } else if (
      error instanceof CliError ||
      error instanceof ConnectionError ||
      error instanceof ServerCannotApply ||
      error instanceof UntrustedPasswordsFile ||
      error instanceof ProfileCheckRefused ||
      error instanceof UnsafeExportName
    ) {
      report(error.message);
    } else if (isKeycloakFailure(error)) {
      report(describeApiError(error));
    } else {
      report(inspect(error));
    }
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
