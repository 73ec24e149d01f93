import type { Command } from "commander";
import type { Connection } from "../keycloak/connection";
import type { LiveAccount } from "../users/accounts";
import { readDirectory } from "../users/directory";
import { changePrincipal, type PrincipalOutcome } from "../users/principal";
import { CliError } from "./errors";
import { t } from "../messages";

/** `users principal <email> <uai>` (and `--remove`): the compte principal of an établissement. */
export function registerPrincipalCommand(
  users: Command,
  context: (command: Command) => Promise<{ connection: Connection; realm: string }>,
  findAccount: (accounts: Map<string, LiveAccount>, email: string) => LiveAccount,
): void {
  users
    .command("principal <email> <uai>")
    .description(t("principal.description"))
    .option("--remove", t("principal.option.remove"))
    .action(async (email: string, uai: string, options: { remove?: boolean }, command: Command) => {
      const { connection, realm } = await context(command);
      const account = findAccount((await readDirectory(connection.api, realm)).accounts, email);
      const outcome = await changePrincipal(connection.api, realm, account, uai, options.remove === true);
      const message = principalMessage(outcome, account.email, uai.trim().toUpperCase());
      if (outcome.kind === "not-a-uai" || outcome.kind === "not-an-etablissement") throw new CliError(message);
      console.log(message);
    });
}

const MESSAGE_OF = {
  made: "principal.made",
  already: "principal.already",
  removed: "principal.removed",
  "was-not": "principal.wasNot",
  "not-a-uai": "principal.notAUai",
  "not-an-etablissement": "principal.notAttached",
} as const satisfies Record<PrincipalOutcome["kind"], string>;

function principalMessage(outcome: PrincipalOutcome, email: string, uai: string): string {
  const etablissements =
    outcome.kind === "not-an-etablissement" ? outcome.etablissements.join(", ") || t("principal.none") : "";
  return t(MESSAGE_OF[outcome.kind], { email, uai, etablissements });
}
