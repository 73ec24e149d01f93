import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { INVITATION_PENDING } from "@siec/contract";
import type { RealmConfig } from "../catalogue";
import { loadRealmConfig } from "../config/realm-config";
import type { Connection } from "../keycloak/connection";
import { connectToRealm } from "./connection";
import type { LiveAccount } from "../users/accounts";
import { readDirectory } from "../users/directory";
import { selectAccounts, statusOf, type AccountFilters } from "../users/select-accounts";
import { accountsCsv } from "../users/export-csv";
import {
  appGroups,
  ImportInterrupted,
  inviteAccounts,
  planAccountsImport,
  runAccountsImport,
  type NewAccountAccess,
} from "../users/import-accounts";
import { FAILURES_IN_A_ROW, type InvitationOutcome } from "../users/invitations";
import { readAccountsCsv } from "../users/read-csv";
import { confirm } from "./confirm";
import { registerPrincipalCommand } from "./users-principal";
import {
  inactiveSinceOption,
  inactivityOptions,
  isInactivityRun,
  listInactive,
  runInactivity,
  type InactivityOptions,
} from "./inactive-users";
import { CliError } from "./errors";
import { progress } from "./progress";

interface Context {
  config: RealmConfig;
  connection: Connection;
  realm: string;
}

async function context(command: Command): Promise<Context> {
  const config = await loadRealmConfig(command.optsWithGlobals<{ config: string }>().config);
  const realm = config.realm.realm;
  return { config, connection: connectToRealm(realm), realm };
}

interface ImportOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
  rejected?: string;
  invite?: boolean;
  temporaryPassword?: boolean;
  passwordsFile?: string;
  rate: string;
  report?: string;
}

export function registerUserCommands(program: Command): void {
  const users = program.command("users").description("accounts: bulk import, invitations, listing");

  users
    .command("import <file>")
    .description("create and update accounts from a CSV file (email;nom;prénom;établissement;applications)")
    .option("--dry-run", "show what would be created, updated and left unchanged; write nothing")
    .option("--skip-invalid", "import the valid rows; write the others to --rejected")
    .option("--rejected <file>", "where --skip-invalid writes the rejected rows (default: <file>.rejected.csv)")
    .option("--invite", "send the first-connexion e-mail to each new account")
    .option("--temporary-password", "give each new account a temporary password, written to --passwords-file only")
    .option(
      "--passwords-file <file>",
      "the temporary passwords, readable by you only (default: temporary-passwords-<date>.csv)",
    )
    .option("--rate <n>", "invitations per second at most", "5")
    .option("--report <file>", "write a JSON report of the run")
    .action(async (file: string, options: ImportOptions, command: Command) =>
      importAccounts(file, options, await context(command)),
    );

  users
    .command("invite [emails...]")
    .description("send (or send again) the first-connexion e-mail")
    .option("--file <file>", "the accounts of a CSV file, as for import")
    .option("--pending", "every account whose e-mail was never sent (after a mail-server failure, say)")
    .option("--rate <n>", "invitations per second at most", "5")
    .action(async (emails: string[], options: { file?: string; pending?: boolean; rate: string }, command: Command) => {
      if (emails.length === 0 && !options.file && !options.pending)
        throw new CliError("Say whom to invite: e-mail addresses, --file <file> or --pending.");
      const { connection, realm } = await context(command);
      const addresses = [
        ...emails,
        ...(options.file ? (await readAccountsCsv(options.file)).rows.map((row) => row.cells.email ?? "") : []),
      ];
      const { accounts } = await readDirectory(connection.api, realm);
      const targets = new Set(addresses.map((address) => findAccount(accounts, address)));
      if (options.pending)
        for (const account of accounts.values()) if (account.invitation === INVITATION_PENDING) targets.add(account);
      const outcome = await invite(connection, [...targets], options.rate);
      console.log(
        `Invited ${outcome.sent.length}, failed ${outcome.failed.length}${outcome.notTried.length ? `, not tried ${outcome.notTried.length}` : ""}.`,
      );
      for (const failure of outcome.failed) console.error(`  failed: ${failure.email}: ${failure.message}`);
      const undelivered = invitationsAdvice(outcome);
      if (undelivered) throw new CliError(undelivered);
    });

  const filters = (sub: Command) =>
    sub
      .option("--app <name>", "accounts that open this application")
      .option("--etablissement <uai>", "accounts of this school (UAI code)")
      .option("--status <status>", "enabled, disabled or invitation-pending");

  inactiveSinceOption(filters(users.command("list").description("list accounts"))).action(
    async (options: AccountFilters & { inactiveSince?: string }, command: Command) => {
      const { connection, realm } = await context(command);
      const directory = await readDirectory(connection.api, realm);
      const selected = selectAccounts(directory, options);
      if (options.inactiveSince) return listInactive({ connection, realm }, directory, selected, options.inactiveSince);
      for (const account of selected) {
        console.log(
          [
            account.email,
            account.lastName,
            account.firstName,
            account.etablissements.join("|"),
            account.groups.join("|"),
            statusOf(account),
          ].join("\t"),
        );
      }
      console.error(`${selected.length} account(s).`);
    },
  );

  filters(users.command("export").description("write accounts as a CSV file that import reads back"))
    .option("-o, --out <file>", "the file (default: standard output)")
    .action(async (options: AccountFilters & { out?: string }, command: Command) => {
      const { config, connection, realm } = await context(command);
      const csv = accountsCsv(selectAccounts(await readDirectory(connection.api, realm), options), appGroups(config));
      if (options.out) await writeFile(options.out, csv);
      else process.stdout.write(csv);
    });

  users
    .command("show <email>")
    .description("one account in detail")
    .action(async (email: string, _options: unknown, command: Command) => {
      const { connection, realm } = await context(command);
      const account = findAccount((await readDirectory(connection.api, realm)).accounts, email);
      console.log(
        [
          `email:          ${account.email}`,
          `name:           ${account.firstName} ${account.lastName}`,
          `établissements: ${account.etablissements.join(", ") || "-"}`,
          `applications:   ${account.groups.join(", ") || "-"}`,
          `principal of:   ${account.principal.join(", ") || "-"}`,
          `status:         ${statusOf(account)}`,
          `invitation:     ${account.invitation ?? "-"}`,
        ].join("\n"),
      );
    });

  registerPrincipalCommand(users, context, findAccount);

  for (const [name, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const) {
    const sub = users
      .command(`${name} ${enabled ? "<emails...>" : "[emails...]"}`)
      .description(`${name} accounts (they ${enabled ? "can" : "cannot"} sign in)`);
    if (!enabled) inactivityOptions(sub, "disable");
    sub.action(async (emails: string[], options: InactivityOptions, command: Command) => {
      const { connection, realm } = await context(command);
      if (!enabled && isInactivityRun(emails, options)) return runInactivity("disable", options, { connection, realm });
      const { accounts } = await readDirectory(connection.api, realm);
      for (const account of emails.map((email) => findAccount(accounts, email))) {
        await connection.api.users.update({ realm, id: account.id }, { enabled });
        console.log(`${account.email}: ${enabled ? "enabled" : "disabled"}`);
      }
    });
  }

  inactivityOptions(users.command("delete [emails...]"), "delete")
    .description("delete accounts, after confirmation")
    .option("-y, --yes", "do not ask for confirmation")
    .action(async (emails: string[], options: InactivityOptions, command: Command) => {
      const { connection, realm } = await context(command);
      if (isInactivityRun(emails, options)) return runInactivity("delete", options, { connection, realm });
      const { accounts } = await readDirectory(connection.api, realm);
      const targets = emails.map((email) => findAccount(accounts, email));
      if (
        !options.yes &&
        !(await confirm(`Delete ${targets.length} account(s) for good: ${targets.map((a) => a.email).join(", ")}?`))
      ) {
        console.log("Nothing was deleted.");
        return;
      }
      for (const account of targets) {
        await connection.api.users.del({ realm, id: account.id });
        console.log(`${account.email}: deleted`);
      }
    });
}

async function importAccounts(file: string, options: ImportOptions, { config, connection }: Context): Promise<void> {
  if (options.invite && options.temporaryPassword)
    throw new CliError("Choose one of --invite and --temporary-password.");
  const planned = await planAccountsImport(connection, config, file, {
    ...(options.skipInvalid && { rejectedFile: options.rejected ?? `${file.replace(/\.csv$/i, "")}.rejected.csv` }),
  });
  const { plan, csv, rejected } = planned;
  if (rejected.file)
    console.error(
      `${rejected.count} row(s) rejected, written with their error to ${rejected.file}: fix them and import that file.`,
    );
  console.log(
    `${file} (${csv.encoding}, "${csv.separator}"): ${plan.create.length} to create, ${plan.update.length} to update, ${plan.unchanged.length} unchanged${rejected.file ? `, ${rejected.count} rejected` : ""}.`,
  );
  if (options.dryRun) {
    for (const account of plan.create) console.log(`  + ${account.email}`);
    for (const update of plan.update) console.log(`  ~ ${update.desired.email} (${update.fields.join(", ")})`);
    return;
  }

  const accountsBar = progress("Accounts");
  const invitationsBar = progress("Invitations");
  const { summary, invitations } = await runAccountsImport(connection, planned, newAccountAccess(options), {
    accounts: (done, total) => accountsBar.update(done, total),
    invitations: (done, total) => {
      accountsBar.stop();
      invitationsBar.update(done, total);
    },
  })
    .catch((error: unknown) => {
      if (error instanceof ImportInterrupted) throw new CliError(error.message);
      throw error;
    })
    .finally(() => {
      accountsBar.stop();
      invitationsBar.stop();
    });

  console.log(
    `Created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, invited ${summary.invited}, rejected ${summary.rejected}, failed ${summary.failed.length}${summary.notInvited.length ? `, not invited ${summary.notInvited.length}` : ""}.`,
  );
  if (summary.passwordsFile)
    console.log(
      `Temporary passwords: ${summary.passwordsFile} (readable by you only)${summary.passwordsReused ? `; ${summary.passwordsReused} reused from it, written by an earlier run` : ""}.`,
    );
  for (const failure of summary.failed) console.error(`  failed: ${failure.email}: ${failure.message}`);
  if (options.report) await writeFile(options.report, `${JSON.stringify(summary, null, 2)}\n`);
  const accountFailures = summary.failed.length - invitations.failed.length;
  if (accountFailures > 0) {
    throw new CliError(
      `${accountFailures} account(s) failed; run the same import again to retry them (nothing is doubled).`,
    );
  }
  const undelivered = invitationsAdvice(invitations);
  if (undelivered) throw new CliError(undelivered);
}

function newAccountAccess(options: ImportOptions): NewAccountAccess {
  if (options.invite) return { kind: "invite", perSecond: Number(options.rate) };
  if (!options.temporaryPassword) return { kind: "none" };
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return { kind: "temporary", passwordsFile: options.passwordsFile ?? `temporary-passwords-${stamp}.csv` };
}

function findAccount(accounts: Map<string, LiveAccount>, email: string): LiveAccount {
  const account = accounts.get(email.trim().toLowerCase());
  if (!account) throw new CliError(`No account with the e-mail ${email}.`);
  return account;
}

async function invite(connection: Connection, accounts: LiveAccount[], rate: string): Promise<InvitationOutcome> {
  const bar = progress("Invitations");
  return inviteAccounts(connection, accounts, Number(rate), (done, total) => bar.update(done, total)).finally(() =>
    bar.stop(),
  );
}

/** What the operator does about invitations that were not sent; undefined when all were. */
function invitationsAdvice({ failed, notTried }: InvitationOutcome): string | undefined {
  if (failed.length === 0 && notTried.length === 0) return undefined;
  const stopped =
    notTried.length > 0
      ? ` The last ${FAILURES_IN_A_ROW} failed in a row, so ${notTried.length} more were not tried: see the errors above (usually the mail server does not answer).`
      : "";
  return (
    `${failed.length + notTried.length} invitation(s) not sent.${stopped} These accounts stay "invitation-pending": ` +
    "run `siec-portail users invite --pending` once the mail server answers."
  );
}
