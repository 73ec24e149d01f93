import { writeFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";
import { INVITATION_PENDING } from "@siec/contract";
import type { RealmConfig } from "../catalogue";
import type { Connection } from "../keycloak/connection";
import { describeApiError, isKeycloakFailure } from "../keycloak/errors";
import type { Language } from "../messages/language";
import { said, SaidError, type Said } from "../messages/said";
import type { DesiredAccount, LiveAccount } from "./accounts";
import { readDirectory, type Directory } from "./directory";
import { planImport, type ImportPlan } from "./import-plan";
import { refusedByUserProfile } from "./profile-check";
import { sendInvitations, type InvitationOutcome } from "./invitations";
import { InvalidAccountsFile, readAccountsCsv, type CsvFile, type RowProblem } from "./read-csv";
import { runImport, type PasswordMode } from "./run-import";
import { disarmFormula } from "./spreadsheet-cells";
import { TemporaryPasswordsFile } from "./temporary-passwords";
import { validateRows } from "./validate-rows";

/** The groups an applications column decides: those that open an app (give a client role). */
export function appGroups(config: RealmConfig): string[] {
  return (config.groups ?? []).filter((group) => Object.keys(group.clientRoles).length > 0).map((group) => group.name);
}

/** What an import would do, read from the file and the live realm; writes nothing to Keycloak. */
export interface PlannedImport {
  file: string;
  csv: CsvFile;
  /** The valid rows, in the file's order. */
  accounts: DesiredAccount[];
  plan: ImportPlan;
  /** The rows left out (with `skipInvalid`), written with their error to `rejectedFile`. */
  rejected: { count: number; problems: RowProblem[]; file?: string };
  directory: Directory;
}

/**
 * Reads and checks every row of an accounts file against the live realm, its user profile
 * included. Any invalid row throws InvalidAccountsFile, unless `rejectedFile` is given: the invalid
 * rows are then left out, for `writeRejected` to write there with their error, for the operator to fix and import.
 */
export async function planAccountsImport(
  connection: Connection,
  config: RealmConfig,
  file: string,
  options: {
    /** The operator's: the server says in it why the user profile refuses a row. */
    language: Language;
    rejectedFile?: string;
  },
): Promise<PlannedImport> {
  const csv = await readAccountsCsv(file);
  const directory = await readDirectory(connection.api, connection.realm);
  const valid = validateRows(csv, [...directory.groupIds.keys()]);
  const refused = await refusedByUserProfile(
    connection.api,
    connection.realm,
    csv,
    planImport(valid.accounts, directory.accounts, appGroups(config)),
    options.language,
  );
  const problems = [...valid.problems, ...refused].sort((one, other) => one.line - other.line);
  const rejectedLines = new Set([...valid.rejectedLines, ...refused.map((problem) => problem.line)]);
  const accounts = valid.accounts.filter((account) => !rejectedLines.has(account.line));
  if (problems.length > 0 && !options.rejectedFile) throw new InvalidAccountsFile(file, problems);
  return {
    file,
    csv,
    accounts,
    plan: planImport(accounts, directory.accounts, appGroups(config)),
    rejected: { count: rejectedLines.size, problems, ...(problems.length > 0 && { file: options.rejectedFile }) },
    directory,
  };
}

/** What new accounts are given: nothing (they use "Initialisez votre mot de passe"), an invitation, or a temporary password. */
export type NewAccountAccess =
  { kind: "none" } | { kind: "invite"; perSecond: number } | { kind: "temporary"; passwordsFile: string };

export interface ImportProgress {
  /** Accounts created or updated so far. */
  accounts?(done: number, total: number): void;
  invitations?(done: number, total: number): void;
}

/** The outcome of an import run; `users import --report` writes it as it is. */
export interface ImportSummary {
  file: string;
  created: number;
  updated: number;
  unchanged: number;
  invited: number;
  rejected: number;
  failed: { email: string; message: Said }[];
  notInvited: string[];
  passwordsFile?: string;
  /** Accounts given a password the file already held (an earlier, stopped run wrote it). */
  passwordsReused?: number;
  writeRequests: number;
}

/** Keycloak stopped answering during the run: what was written stays, a re-run completes it. */
export class ImportInterrupted extends SaidError {}

/**
 * Creates and updates the accounts of a planned import, then sends the invitations still pending
 * among them. Accounts that failed are in the summary; a re-run of the same file retries them and
 * doubles nothing.
 */
export async function runAccountsImport(
  connection: Connection,
  planned: PlannedImport,
  access: NewAccountAccess,
  progress: ImportProgress = {},
): Promise<{ summary: ImportSummary; invitations: InvitationOutcome }> {
  const { plan, directory } = planned;
  const total = plan.create.length + plan.update.length;
  const passwordsFile =
    access.kind === "temporary" ? await TemporaryPasswordsFile.open(access.passwordsFile) : undefined;
  const mode: PasswordMode = passwordsFile
    ? await temporaryPasswords(passwordsFile, connection)
    : { kind: access.kind === "invite" ? "invite" : "none" };
  const outcome = await runImport(connection.api, connection.realm, plan, mode, directory.groupIds, ({ done, phase }) =>
    progress.accounts?.(phase === "create" ? done : plan.create.length + done, total),
  ).catch((error: unknown) => {
    if (!isKeycloakFailure(error)) throw error;
    throw new ImportInterrupted(said("import.interrupted", { reason: describeApiError(error) }));
  });

  let invitations: InvitationOutcome = { sent: [], failed: [], notTried: [] };
  if (access.kind === "invite") {
    const live = (await readDirectory(connection.api, connection.realm)).accounts;
    const pending = planned.accounts
      .map((account) => live.get(account.email))
      .filter((account): account is LiveAccount => account?.invitation === INVITATION_PENDING);
    invitations = await inviteAccounts(connection, pending, access.perSecond, progress.invitations);
  }

  return {
    summary: {
      file: planned.file,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: plan.unchanged.length,
      invited: invitations.sent.length,
      rejected: planned.rejected.count,
      failed: [...outcome.failed, ...invitations.failed],
      notInvited: invitations.notTried,
      ...(passwordsFile && { passwordsFile: passwordsFile.path, passwordsReused: passwordsFile.reused }),
      writeRequests: connection.stats.writes,
    },
    invitations,
  };
}

/** Sends the first-connexion e-mail to `accounts`, at most `perSecond` a second. */
export function inviteAccounts(
  connection: Connection,
  accounts: LiveAccount[],
  perSecond: number,
  onSent?: (done: number, total: number) => void,
): Promise<InvitationOutcome> {
  return sendInvitations(connection.api, connection.realm, accounts, { perSecond, ...(onSent && { onSent }) });
}

async function temporaryPasswords(file: TemporaryPasswordsFile, connection: Connection): Promise<PasswordMode> {
  const live = await connection.api.realms.findOne({ realm: connection.realm });
  const policy = live?.passwordPolicy ?? "";
  return { kind: "temporary", passwordsFor: (accounts) => file.passwordsFor(accounts, policy) };
}

/** The rows a planned import left out, with their error as `wordsOf` says it, into its rejected file. */
export async function writeRejected(
  { file, csv, rejected: { problems, file: target } }: PlannedImport,
  wordsOf: (file: string, problem: RowProblem) => string,
): Promise<void> {
  if (!target) return;
  const lines = new Set(problems.map((problem) => problem.line));
  const columns = Object.keys(csv.headers) as (keyof typeof csv.headers)[];
  const rows = csv.rows
    .filter((row) => lines.has(row.line))
    .map((row) => [
      ...columns.map((column) => disarmFormula(row.cells[column] ?? "")),
      problems
        .filter((problem) => problem.line === row.line)
        .map((problem) => wordsOf(file, problem))
        .join(" / "),
    ]);
  await writeFile(
    target,
    `\uFEFF${stringify([[...columns.map((column) => csv.headers[column]!), "erreur"], ...rows], { delimiter: ";" })}`,
  );
}
