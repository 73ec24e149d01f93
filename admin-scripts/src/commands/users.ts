import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { ACCOUNT_STATUS, INVITATION_PENDING } from "@siec/contract";
import type { RealmConfig } from "../catalogue";
import type { Connection } from "../keycloak/connection";
import { connectWithRealmConfig } from "./connection";
import type { LiveAccount } from "../users/accounts";
import { readDirectory } from "../users/directory";
import { selectAccounts, type AccountFilters } from "../users/select-accounts";
import { accountsCsv } from "../users/export-csv";
import {
  appGroups,
  ImportInterrupted,
  inviteAccounts,
  planAccountsImport,
  writeRejected,
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
import { CliError, printFailures } from "./errors";
import { wordsOfRowProblem } from "./failures";
import { progress } from "./progress";
import { currentLanguage, say, t } from "../messages";
import { COLUMNS } from "../users/columns";

interface Context {
  config: RealmConfig;
  connection: Connection;
  realm: string;
}

async function context(command: Command): Promise<Context> {
  const { config, connection } = await connectWithRealmConfig(command.optsWithGlobals<{ config: string }>().config);
  return { config, connection, realm: config.realm.realm };
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
  const users = program.command("users").description(t("users.description"));

  users
    .command("import <file>")
    .description(t("import.description"))
    .option("--dry-run", t("import.option.dryRun"))
    .option("--skip-invalid", t("import.option.skipInvalid"))
    .option("--rejected <file>", t("import.option.rejected"))
    .option("--invite", t("import.option.invite"))
    .option("--temporary-password", t("import.option.temporaryPassword"))
    .option("--passwords-file <file>", t("import.option.passwordsFile"))
    .option("--rate <n>", t("users.option.rate"), "5")
    .option("--report <file>", t("import.option.report"))
    .action(async (file: string, options: ImportOptions, command: Command) =>
      importAccounts(file, options, await context(command)),
    );

  users
    .command("invite [emails...]")
    .description(t("invite.description"))
    .option("--file <file>", t("invite.option.file"))
    .option("--pending", t("invite.option.pending"))
    .option("--rate <n>", t("users.option.rate"), "5")
    .action(async (emails: string[], options: { file?: string; pending?: boolean; rate: string }, command: Command) => {
      if (emails.length === 0 && !options.file && !options.pending) throw new CliError(t("invite.whom"));
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
      const notTried = outcome.notTried.length ? t("invite.summaryNotTried", { count: outcome.notTried.length }) : "";
      console.log(t("invite.summary", { sent: outcome.sent.length, failed: outcome.failed.length, notTried }));
      printFailures(outcome.failed);
      const undelivered = invitationsAdvice(outcome);
      if (undelivered) throw new CliError(undelivered);
    });

  const filters = (sub: Command) =>
    sub
      .option("--app <name>", t("filter.app"))
      .option("--etablissement <uai>", t("filter.etablissement"))
      .addOption(new Option("--status <status>", t("filter.status")).choices(ACCOUNT_STATUS.values));

  inactiveSinceOption(filters(users.command("list").description(t("list.description")))).action(
    async (options: AccountFilters & { inactiveSince?: string }, command: Command) => {
      const { connection, realm } = await context(command);
      const directory = await readDirectory(connection.api, realm);
      const selected = selectAccounts(directory, options);
      if (options.inactiveSince) return listInactive({ connection, realm }, selected, options.inactiveSince);
      for (const account of selected) {
        console.log(
          [
            account.email,
            account.lastName,
            account.firstName,
            account.etablissements.join("|"),
            account.groups.join("|"),
            account.status,
          ].join("\t"),
        );
      }
      console.error(t("list.count", { count: selected.length }));
    },
  );

  filters(users.command("export").description(t("export.users.description")))
    .option("-o, --out <file>", t("export.users.option.out"))
    .action(async (options: AccountFilters & { out?: string }, command: Command) => {
      const { config, connection, realm } = await context(command);
      const csv = accountsCsv(selectAccounts(await readDirectory(connection.api, realm), options), appGroups(config));
      if (options.out) await writeFile(options.out, csv);
      else process.stdout.write(csv);
    });

  users
    .command("show <email>")
    .description(t("show.description"))
    .action(async (email: string, _options: unknown, command: Command) => {
      const { connection, realm } = await context(command);
      const account = findAccount((await readDirectory(connection.api, realm)).accounts, email);
      const lines = [
        [t("show.email"), account.email],
        [t("show.name"), `${account.firstName} ${account.lastName}`],
        [t("show.etablissements"), account.etablissements.join(", ") || "-"],
        [t("show.applications"), account.groups.join(", ") || "-"],
        [t("show.principal"), account.principal.join(", ") || "-"],
        [t("show.status"), account.status],
        [t("show.invitation"), account.invitation ?? "-"],
      ];
      const width = Math.max(...lines.map(([label]) => label!.length)) + 2;
      console.log(lines.map(([label, value]) => `${label}:`.padEnd(width) + value).join("\n"));
    });

  registerPrincipalCommand(users, context, findAccount);

  for (const [name, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const) {
    const sub = users
      .command(`${name} ${enabled ? "<emails...>" : "[emails...]"}`)
      .description(t(enabled ? "enable.description" : "disable.description"));
    if (!enabled) inactivityOptions(sub, "disable");
    sub.action(async (emails: string[], options: InactivityOptions, command: Command) => {
      const { connection, realm } = await context(command);
      if (!enabled && isInactivityRun(emails, options)) return runInactivity("disable", options, { connection, realm });
      const { accounts } = await readDirectory(connection.api, realm);
      for (const account of emails.map((email) => findAccount(accounts, email))) {
        await connection.api.users.update({ realm, id: account.id }, { enabled });
        console.log(t(enabled ? "enable.done" : "disable.done", { email: account.email }));
      }
    });
  }

  inactivityOptions(users.command("delete [emails...]"), "delete")
    .description(t("delete.description"))
    .option("-y, --yes", t("option.yes"))
    .action(async (emails: string[], options: InactivityOptions, command: Command) => {
      const { connection, realm } = await context(command);
      if (isInactivityRun(emails, options)) return runInactivity("delete", options, { connection, realm });
      const { accounts } = await readDirectory(connection.api, realm);
      const targets = emails.map((email) => findAccount(accounts, email));
      const question = t("delete.confirm", { count: targets.length, emails: targets.map((a) => a.email).join(", ") });
      if (!options.yes && !(await confirm(question))) {
        console.log(t("delete.declined"));
        return;
      }
      for (const account of targets) {
        await connection.api.users.del({ realm, id: account.id });
        console.log(t("delete.done", { email: account.email }));
      }
    });
}

async function importAccounts(file: string, options: ImportOptions, { config, connection }: Context): Promise<void> {
  if (options.invite && options.temporaryPassword) throw new CliError(t("import.inviteOrPassword"));
  const planned = await planAccountsImport(connection, config, file, {
    language: currentLanguage(),
    ...(options.skipInvalid && { rejectedFile: options.rejected ?? `${file.replace(/\.csv$/i, "")}.rejected.csv` }),
  });
  await writeRejected(planned, wordsOfRowProblem);
  const { plan, csv, rejected } = planned;
  if (rejected.file) console.error(t("import.rejectedWritten", { count: rejected.count, file: rejected.file }));
  console.log(
    t("import.plan", {
      file,
      encoding: csv.encoding,
      separator: csv.separator,
      create: plan.create.length,
      update: plan.update.length,
      unchanged: plan.unchanged.length,
      rejected: rejected.file ? t("import.planRejected", { count: rejected.count }) : "",
    }),
  );
  if (options.dryRun) {
    for (const account of plan.create) console.log(t("import.willCreate", { email: account.email }));
    for (const update of plan.update) {
      const columns = update.fields.map((field) => COLUMNS[field].label).join(", ");
      console.log(t("import.willUpdate", { email: update.desired.email, columns }));
    }
    return;
  }

  const accountsBar = progress(t("progress.accounts"));
  const invitationsBar = progress(t("progress.invitations"));
  const { summary, invitations } = await runAccountsImport(connection, planned, newAccountAccess(options), {
    accounts: (done, total) => accountsBar.update(done, total),
    invitations: (done, total) => {
      accountsBar.stop();
      invitationsBar.update(done, total);
    },
  })
    .catch((error: unknown) => {
      if (error instanceof ImportInterrupted) throw new CliError(say(error.said));
      throw error;
    })
    .finally(() => {
      accountsBar.stop();
      invitationsBar.stop();
    });

  const { notInvited, passwordsReused } = summary;
  console.log(
    t("import.summary", {
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      invited: summary.invited,
      rejected: summary.rejected,
      failed: summary.failed.length,
      notInvited: notInvited.length ? t("import.summaryNotInvited", { count: notInvited.length }) : "",
    }),
  );
  if (summary.passwordsFile) {
    const reused = passwordsReused ? t("import.passwordsReused", { count: passwordsReused }) : "";
    console.log(t("import.passwords", { file: summary.passwordsFile, reused }));
  }
  printFailures(summary.failed);
  if (options.report) {
    const failed = summary.failed.map(({ email, message }) => ({ email, message: say(message) }));
    await writeFile(options.report, `${JSON.stringify({ ...summary, failed }, null, 2)}\n`);
  }
  const accountFailures = summary.failed.length - invitations.failed.length;
  if (accountFailures > 0) {
    throw new CliError(t("import.accountsFailed", { count: accountFailures }));
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
  if (!account) throw new CliError(t("users.noAccount", { email }));
  return account;
}

async function invite(connection: Connection, accounts: LiveAccount[], rate: string): Promise<InvitationOutcome> {
  const bar = progress(t("progress.invitations"));
  return inviteAccounts(connection, accounts, Number(rate), (done, total) => bar.update(done, total)).finally(() =>
    bar.stop(),
  );
}

/** What the operator does about invitations that were not sent; undefined when all were. */
function invitationsAdvice({ failed, notTried }: InvitationOutcome): string | undefined {
  if (failed.length === 0 && notTried.length === 0) return undefined;
  const stopped = notTried.length > 0 ? t("invite.stopped", { inARow: FAILURES_IN_A_ROW, count: notTried.length }) : "";
  return t("invite.notSent", { count: failed.length + notTried.length, stopped });
}
