import type { Command } from "commander";
import type { Connection } from "../keycloak/connection";
import type { LiveAccount } from "../users/accounts";
import { readDirectory } from "../users/directory";
import { changePrincipal, type PrincipalOutcome } from "../users/principal";
import { CliError } from "./errors";

/** `users principal <email> <uai>` (and `--remove`): the compte principal of an établissement. */
export function registerPrincipalCommand(
  users: Command,
  context: (command: Command) => Promise<{ connection: Connection; realm: string }>,
  findAccount: (accounts: Map<string, LiveAccount>, email: string) => LiveAccount,
): void {
  users
    .command("principal <email> <uai>")
    .description("make an account the compte principal of one of its établissements: it adds its colleagues")
    .option("--remove", "no longer the compte principal of that établissement")
    .action(async (email: string, uai: string, options: { remove?: boolean }, command: Command) => {
      const { connection, realm } = await context(command);
      const account = findAccount((await readDirectory(connection.api, realm)).accounts, email);
      const outcome = await changePrincipal(connection.api, realm, account, uai, options.remove === true);
      const message = principalMessage(outcome, account.email, uai.trim().toUpperCase());
      if (outcome.kind === "not-a-uai" || outcome.kind === "not-an-etablissement") throw new CliError(message);
      console.log(message);
    });
}

/** Each message once, for the catalogue the CLI's messages are moving to. */
function principalMessage(outcome: PrincipalOutcome, email: string, uai: string): string {
  switch (outcome.kind) {
    case "made":
      return `${email}: now the compte principal of ${uai}.`;
    case "already":
      return `${email}: already the compte principal of ${uai}; nothing changed.`;
    case "removed":
      return `${email}: no longer the compte principal of ${uai}.`;
    case "was-not":
      return `${email}: not the compte principal of ${uai}; nothing changed.`;
    case "not-a-uai":
      return `${uai} is not a UAI code: 7 digits and a letter, e.g. 0751234A.`;
    case "not-an-etablissement":
      return `${email} is not attached to ${uai} (its établissements: ${outcome.etablissements.join(", ") || "none"}): attach it first (users import).`;
  }
}
