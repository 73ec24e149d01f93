import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { loadRealmConfig, type RealmConfig } from "../config/realm-config";
import { connect, connectionFromEnvironment, type Connection } from "../keycloak/connection";
import { describeApiError, isKeycloakFailure } from "../keycloak/errors";
import { fromPolicyString } from "../password-policy/policy-string";
import { INVITATION_PENDING, type LiveAccount } from "../users/accounts";
import { readDirectory, type Directory } from "../users/directory";
import { accountsCsv } from "../users/export-csv";
import { planImport } from "../users/import-plan";
import { FAILURES_IN_A_ROW, sendInvitations, type InvitationOutcome } from "../users/invitations";
import { progress } from "../users/progress";
import { InvalidAccountsFile, readAccountsCsv, formatRowProblem, type RowProblem } from "../users/read-csv";
import { runImport, type PasswordMode } from "../users/run-import";
import { TemporaryPasswordsFile } from "../users/temporary-passwords";
import { validateRows } from "../users/validate-rows";
import { confirm } from "./confirm";
import { CliError } from "./errors";

interface Context {
  config: RealmConfig;
  connection: Connection;
  realm: string;
}

async function context(command: Command): Promise<Context> {
  const config = await loadRealmConfig(command.optsWithGlobals<{ config: string }>().config);
  const realm = config.realm.realm;
  return { config, connection: connect(connectionFromEnvironment(realm)), realm };
}

/** The groups an applications column decides: those that open an app (give a client role). */
function appGroups(config: RealmConfig): string[] {
  return (config.groups ?? []).filter((group) => Object.keys(group.clientRoles).length > 0).map((group) => group.name);
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

  filters(users.command("list").description("list accounts")).action(async (options: Filters, command: Command) => {
    const { connection, realm } = await context(command);
    const selected = filterAccounts(await readDirectory(connection.api, realm), options);
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
  });

  filters(users.command("export").description("write accounts as a CSV file that import reads back"))
    .option("-o, --out <file>", "the file (default: standard output)")
    .action(async (options: Filters & { out?: string }, command: Command) => {
      const { config, connection, realm } = await context(command);
      const csv = accountsCsv(filterAccounts(await readDirectory(connection.api, realm), options), appGroups(config));
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
          `status:         ${statusOf(account)}`,
          `invitation:     ${account.invitation ?? "-"}`,
        ].join("\n"),
      );
    });

  for (const [name, enabled] of [
    ["disable", false],
    ["enable", true],
  ] as const) {
    users
      .command(`${name} <emails...>`)
      .description(`${name} accounts (they ${enabled ? "can" : "cannot"} sign in)`)
      .action(async (emails: string[], _options: unknown, command: Command) => {
        const { connection, realm } = await context(command);
        const { accounts } = await readDirectory(connection.api, realm);
        for (const account of emails.map((email) => findAccount(accounts, email))) {
          await connection.api.users.update({ realm, id: account.id }, { enabled });
          console.log(`${account.email}: ${enabled ? "enabled" : "disabled"}`);
        }
      });
  }

  users
    .command("delete <emails...>")
    .description("delete accounts, after confirmation")
    .option("-y, --yes", "do not ask for confirmation")
    .action(async (emails: string[], options: { yes?: boolean }, command: Command) => {
      const { connection, realm } = await context(command);
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

async function importAccounts(
  file: string,
  options: ImportOptions,
  { config, connection, realm }: Context,
): Promise<void> {
  if (options.invite && options.temporaryPassword)
    throw new CliError("Choose one of --invite and --temporary-password.");
  const csv = await readAccountsCsv(file);
  const directory = await readDirectory(connection.api, realm);
  const { accounts, problems, rejectedLines } = validateRows(csv, [...directory.groupIds.keys()]);
  if (problems.length > 0 && !options.skipInvalid) throw new InvalidAccountsFile(file, problems);
  if (problems.length > 0)
    await writeRejected(
      file,
      options.rejected ?? `${file.replace(/\.csv$/i, "")}.rejected.csv`,
      csv,
      rejectedLines,
      problems,
    );

  const plan = planImport(accounts, directory.accounts, appGroups(config));
  console.log(
    `${file} (${csv.encoding}, "${csv.separator}"): ${plan.create.length} to create, ${plan.update.length} to update, ${plan.unchanged.length} unchanged${problems.length ? `, ${rejectedLines.size} rejected` : ""}.`,
  );
  if (options.dryRun) {
    for (const account of plan.create) console.log(`  + ${account.email}`);
    for (const update of plan.update) console.log(`  ~ ${update.desired.email} (${update.fields.join(", ")})`);
    return;
  }

  const mode = await passwordMode(options, connection, realm);
  const bar = progress("Accounts");
  const outcome = await runImport(connection.api, realm, plan, mode, directory.groupIds, ({ done, total, phase }) =>
    bar.update(phase === "create" ? done : plan.create.length + done, plan.create.length + plan.update.length),
  ).catch((error: unknown) => {
    bar.stop();
    if (!isKeycloakFailure(error)) throw error;
    throw new CliError(
      `${describeApiError(error)}\nThe import stopped; run the same import again: the accounts already created are left as they are, nothing is doubled.`,
    );
  });
  bar.stop();

  let invitations: InvitationOutcome = { sent: [], failed: [], notTried: [] };
  if (options.invite) {
    const live = (await readDirectory(connection.api, realm)).accounts;
    const pending = accounts
      .map((account) => live.get(account.email))
      .filter((account): account is LiveAccount => account?.invitation === INVITATION_PENDING);
    invitations = await invite(connection, pending, options.rate);
  }

  const summary = {
    file,
    created: outcome.created,
    updated: outcome.updated,
    unchanged: plan.unchanged.length,
    invited: invitations.sent.length,
    rejected: rejectedLines.size,
    failed: [...outcome.failed, ...invitations.failed],
    notInvited: invitations.notTried,
    ...(mode.kind === "temporary" && { passwordsFile: options.passwordsFile }),
    writeRequests: connection.stats.writes,
  };
  console.log(
    `Created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, invited ${summary.invited}, rejected ${summary.rejected}, failed ${summary.failed.length}${summary.notInvited.length ? `, not invited ${summary.notInvited.length}` : ""}.`,
  );
  if (mode.kind === "temporary") console.log(`Temporary passwords: ${options.passwordsFile} (readable by you only).`);
  for (const failure of summary.failed) console.error(`  failed: ${failure.email}: ${failure.message}`);
  if (options.report) await writeFile(options.report, `${JSON.stringify(summary, null, 2)}\n`);
  if (outcome.failed.length > 0) {
    throw new CliError(
      `${outcome.failed.length} account(s) failed; run the same import again to retry them (nothing is doubled).`,
    );
  }
  const undelivered = invitationsAdvice(invitations);
  if (undelivered) throw new CliError(undelivered);
}

async function passwordMode(options: ImportOptions, connection: Connection, realm: string): Promise<PasswordMode> {
  if (options.invite) return { kind: "invite" };
  if (!options.temporaryPassword) return { kind: "none" };
  options.passwordsFile ??= `temporary-passwords-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.csv`;
  const file = await TemporaryPasswordsFile.open(options.passwordsFile);
  const rules = fromPolicyString((await connection.api.realms.findOne({ realm }))?.passwordPolicy ?? "");
  return { kind: "temporary", passwordsFor: (accounts) => file.passwordsFor(accounts, rules) };
}

async function writeRejected(
  source: string,
  target: string,
  csv: Awaited<ReturnType<typeof readAccountsCsv>>,
  lines: Set<number>,
  problems: RowProblem[],
) {
  const columns = Object.keys(csv.headers) as (keyof typeof csv.headers)[];
  const rows = csv.rows
    .filter((row) => lines.has(row.line))
    .map((row) => [
      ...columns.map((column) => row.cells[column] ?? ""),
      problems
        .filter((problem) => problem.line === row.line)
        .map((problem) => formatRowProblem(source, problem))
        .join(" / "),
    ]);
  await writeFile(
    target,
    `\uFEFF${stringify([[...columns.map((column) => csv.headers[column]!), "erreur"], ...rows], { delimiter: ";" })}`,
  );
  console.error(`${lines.size} row(s) rejected, written with their error to ${target}: fix them and import that file.`);
}

interface Filters {
  app?: string;
  etablissement?: string;
  status?: string;
}

function filterAccounts({ accounts }: Directory, filters: Filters): LiveAccount[] {
  return [...accounts.values()]
    .filter((account) => !filters.app || account.groups.includes(filters.app))
    .filter((account) => !filters.etablissement || account.etablissements.includes(filters.etablissement.toUpperCase()))
    .filter((account) => !filters.status || statusOf(account) === filters.status)
    .sort((a, b) => a.email.localeCompare(b.email));
}

function statusOf(account: LiveAccount): string {
  if (!account.enabled) return "disabled";
  if (account.invitation === INVITATION_PENDING) return "invitation-pending";
  return "enabled";
}

function findAccount(accounts: Map<string, LiveAccount>, email: string): LiveAccount {
  const account = accounts.get(email.trim().toLowerCase());
  if (!account) throw new CliError(`No account with the e-mail ${email}.`);
  return account;
}

async function invite(connection: Connection, accounts: LiveAccount[], rate: string): Promise<InvitationOutcome> {
  const bar = progress("Invitations");
  const outcome = await sendInvitations(connection.api, connection.realm, accounts, {
    perSecond: Number(rate),
    onSent: (done, total) => bar.update(done, total),
  });
  bar.stop();
  return outcome;
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
