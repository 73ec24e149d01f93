import type { Command } from "commander";
import type { Connection } from "../keycloak/connection";
import { duration, formatDuration } from "../resource-kit/duration";
import type { LiveAccount } from "../users/accounts";
import { readDirectory, type Directory } from "../users/directory";
import {
  inactiveAccounts,
  parisDay,
  planInactivityRun,
  type InactiveAccount,
  type InactivityPlan,
  type LastUse,
} from "../users/inactivity";
import { deleteAccounts, disableAccounts, operatorTest, warnOwners, type RunOutcome } from "../users/inactivity-run";
import { statusOf } from "../users/select-accounts";
import { confirm } from "./confirm";
import { CliError } from "./errors";
import { progress } from "./progress";

/** `users list|disable|delete --inactive-since`: what each prints, one literal per message. */
export const MESSAGES = {
  inactiveSinceOption: "accounts not signed in to since this long (never signed in: since created), e.g. 365d",
  warnOption:
    "e-mail the owners first that the account will be disabled in this long (e.g. 30d); disable only those warned that long ago",
  dryRunOption: "show who would be warned, disabled or deleted, and why; write nothing",
  yesOption: "do not ask for confirmation",
  badDuration: (option: string, value: string) =>
    `${option} "${value}": write a number of days, hours, minutes or seconds, such as "365d"`,
  warnTooShort: 'The --warn period is at least a day ("1d"): the e-mail gives a day to sign in by.',
  emailsOrInactive: "Give e-mail addresses or --inactive-since <duration>, not both.",
  noAccounts: "Say which accounts: e-mail addresses, or --inactive-since <duration>.",
  needsInactiveSince: "--warn and --dry-run go with --inactive-since <duration>.",
  lastSignedIn: (day: string) => `last signed in ${day}`,
  neverSignedIn: (created: string) => `never signed in, created ${created}`,
  warnedOn: (day: string) => `warned ${day}`,
  inactiveHeading: (count: number, since: string, day: string) =>
    `${count} account(s) not signed in to since ${since} (before ${day}).`,
  toDisable: (count: number) => `To disable: ${count}`,
  toDelete: (count: number) => `To delete: ${count}`,
  toWarn: (count: number, disableOn: string) => `To warn by e-mail (to be disabled on ${disableOn}): ${count}`,
  waiting: (count: number) => `Warned recently, left to wait: ${count}`,
  waitingUntil: (day: string) => `disabled from ${day}`,
  operators: (count: number) =>
    `Left out, SIEC operators (role gestionnaire; name them to \`users disable\` or \`users delete\`): ${count}`,
  dryRun: "Dry run: nothing was written.",
  nothingToDo: "Nothing to do.",
  confirmRun: (what: string) => `${what}?`,
  confirmWarn: (count: number) => `Warn ${count} account owner(s) by e-mail`,
  confirmDisable: (count: number) => `disable ${count} account(s)`,
  confirmDelete: (count: number) => `delete ${count} account(s) for good`,
  declined: "Nothing was done.",
  progressWarnings: "Warnings",
  progressAccounts: "Accounts",
  reportWarned: (outcome: RunOutcome) => `Warned ${outcome.done.length}, failed ${outcome.failed.length}.`,
  reportDisabled: (outcome: RunOutcome) => `Disabled ${outcome.done.length}, failed ${outcome.failed.length}.`,
  reportDeleted: (outcome: RunOutcome) => `Deleted ${outcome.done.length}, failed ${outcome.failed.length}.`,
  failed: (email: string, message: string) => `  failed: ${email}: ${message}`,
  runAgain: (count: number) =>
    `${count} account(s) failed; run the same command again to retry them (what was done is not done twice).`,
  listCount: (count: number) => `${count} account(s).`,
  operatorColumn: "operator",
} as const;

type Action = "disable" | "delete";

export interface InactivityOptions {
  inactiveSince?: string;
  warn?: string;
  dryRun?: boolean;
  yes?: boolean;
}

function seconds(option: string, value: string): number {
  const parsed = duration.safeParse(value);
  if (!parsed.success) throw new CliError(MESSAGES.badDuration(option, value));
  return parsed.data;
}

/** The options of `users disable` and `users delete` that select accounts by inactivity. */
export function inactivityOptions(command: Command, action: Action): Command {
  command
    .option("--inactive-since <duration>", MESSAGES.inactiveSinceOption)
    .option("--dry-run", MESSAGES.dryRunOption);
  // `users delete` has its own --yes, for the accounts it is given by address.
  if (action === "disable")
    command.option("--warn <duration>", MESSAGES.warnOption).option("-y, --yes", MESSAGES.yesOption);
  return command;
}

/** The option of `users list`. */
export function inactiveSinceOption(command: Command): Command {
  return command.option("--inactive-since <duration>", MESSAGES.inactiveSinceOption);
}

/** Refuses e-mail addresses with --inactive-since, and neither; true when the run is on inactivity. */
export function isInactivityRun(emails: string[], options: InactivityOptions): boolean {
  if (options.inactiveSince === undefined) {
    if (options.warn !== undefined || options.dryRun) throw new CliError(MESSAGES.needsInactiveSince);
    if (emails.length === 0) throw new CliError(MESSAGES.noAccounts);
    return false;
  }
  if (emails.length > 0) throw new CliError(MESSAGES.emailsOrInactive);
  return true;
}

function lastUseText(lastUse: LastUse): string {
  return lastUse.kind === "signed-in"
    ? MESSAGES.lastSignedIn(lastUse.day)
    : MESSAGES.neverSignedIn(parisDay(lastUse.created));
}

function why(entry: InactiveAccount): string {
  return [lastUseText(entry.lastUse), ...(entry.warned ? [MESSAGES.warnedOn(parisDay(entry.warned))] : [])].join(", ");
}

/** `users list --inactive-since`: the inactive accounts among `selected`, with why. */
export async function listInactive(
  { connection, realm }: { connection: Connection; realm: string },
  directory: Directory,
  selected: LiveAccount[],
  inactiveSince: string,
  now = new Date(),
): Promise<void> {
  const isOperator = await operatorTest(connection.api, realm, directory);
  const inactive = inactiveAccounts(selected, {
    inactiveSinceSeconds: seconds("--inactive-since", inactiveSince),
    now,
  });
  for (const entry of inactive) {
    console.log(
      [
        entry.account.email,
        statusOf(entry.account),
        why(entry),
        ...(isOperator(entry.account) ? [MESSAGES.operatorColumn] : []),
      ].join("\t"),
    );
  }
  console.error(MESSAGES.listCount(inactive.length));
}

function printSection(heading: string, entries: InactiveAccount[], detail: (entry: InactiveAccount) => string = why) {
  if (entries.length === 0) return;
  console.log(heading);
  for (const entry of entries) console.log(`  ${entry.account.email}: ${detail(entry)}`);
}

function printPlan(action: Action, plan: InactivityPlan): void {
  if (plan.disableOn) printSection(MESSAGES.toWarn(plan.warn.length, plan.disableOn), plan.warn);
  const waitingFrom = new Map(plan.waiting.map((entry) => [entry.account.id, entry.from]));
  printSection(
    MESSAGES.waiting(plan.waiting.length),
    plan.waiting,
    (entry) => `${why(entry)}, ${MESSAGES.waitingUntil(parisDay(waitingFrom.get(entry.account.id)!))}`,
  );
  printSection(
    action === "disable" ? MESSAGES.toDisable(plan.act.length) : MESSAGES.toDelete(plan.act.length),
    plan.act,
  );
  printSection(MESSAGES.operators(plan.operators.length), plan.operators);
}

function report(message: string, outcome: RunOutcome): number {
  console.log(message);
  for (const failure of outcome.failed) console.error(MESSAGES.failed(failure.email, failure.message));
  return outcome.failed.length;
}

/**
 * `users disable|delete --inactive-since … [--warn …]`: the plan (who and why), then, unless
 * --dry-run, a confirmation on a terminal (or --yes), the run and its report. A run cut off is run
 * again: the accounts warned, disabled or deleted are not selected twice.
 */
export async function runInactivity(
  action: Action,
  options: InactivityOptions,
  { connection, realm }: { connection: Connection; realm: string },
  now = new Date(),
): Promise<void> {
  const inactiveSinceSeconds = seconds("--inactive-since", options.inactiveSince!);
  const warnSeconds = options.warn === undefined ? undefined : seconds("--warn", options.warn);
  if (warnSeconds !== undefined && warnSeconds < 86_400) throw new CliError(MESSAGES.warnTooShort);
  const directory = await readDirectory(connection.api, realm);
  const isOperator = await operatorTest(connection.api, realm, directory);
  const inactive = inactiveAccounts(directory.accounts.values(), { inactiveSinceSeconds, now });
  const plan = planInactivityRun(inactive, { action, warnSeconds, now, isOperator });

  console.log(
    MESSAGES.inactiveHeading(
      inactive.length,
      formatDuration(inactiveSinceSeconds),
      parisDay(new Date(now.getTime() - inactiveSinceSeconds * 1000)),
    ),
  );
  printPlan(action, plan);
  if (options.dryRun) {
    console.log(MESSAGES.dryRun);
    return;
  }
  if (plan.warn.length === 0 && plan.act.length === 0) {
    console.log(MESSAGES.nothingToDo);
    return;
  }
  const question = [
    ...(plan.warn.length ? [MESSAGES.confirmWarn(plan.warn.length)] : []),
    ...(plan.act.length
      ? [action === "disable" ? MESSAGES.confirmDisable(plan.act.length) : MESSAGES.confirmDelete(plan.act.length)]
      : []),
  ].join(", ");
  if (!options.yes && !(await confirm(MESSAGES.confirmRun(question)))) {
    console.log(MESSAGES.declined);
    return;
  }

  let failures = 0;
  if (plan.warn.length) {
    const bar = progress(MESSAGES.progressWarnings);
    const warned = await warnOwners(connection.api, realm, plan.warn, plan.disableOn!, (done, total) =>
      bar.update(done, total),
    ).finally(() => bar.stop());
    failures += report(MESSAGES.reportWarned(warned), warned);
  }
  if (plan.act.length) {
    const bar = progress(MESSAGES.progressAccounts);
    const onDone = (done: number, total: number) => bar.update(done, total);
    const acted = await (
      action === "disable"
        ? disableAccounts(connection.api, realm, plan.act, onDone)
        : deleteAccounts(connection.api, realm, plan.act, onDone)
    ).finally(() => bar.stop());
    failures += report(action === "disable" ? MESSAGES.reportDisabled(acted) : MESSAGES.reportDeleted(acted), acted);
  }
  if (failures > 0) throw new CliError(MESSAGES.runAgain(failures));
}
