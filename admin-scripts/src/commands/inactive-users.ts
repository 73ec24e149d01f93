import type { Command } from "commander";
import type { Connection } from "../keycloak/connection";
import { duration, formatDuration } from "../resource-kit/duration";
import type { LiveAccount } from "../users/accounts";
import { readDirectory } from "../users/directory";
import {
  inactiveAccounts,
  parisDay,
  planInactivityRun,
  type InactiveAccount,
  type InactivityPlan,
  type LastUse,
} from "../users/inactivity";
import { deleteAccounts, disableAccounts, operatorTest, warnOwners, type RunOutcome } from "../users/inactivity-run";
import { confirm } from "./confirm";
import { t } from "../messages";
import { CliError, printFailures } from "./errors";
import { progress } from "./progress";

type Action = "disable" | "delete";

export interface InactivityOptions {
  inactiveSince?: string;
  warn?: string;
  dryRun?: boolean;
  yes?: boolean;
}

function seconds(option: string, value: string): number {
  const parsed = duration.safeParse(value);
  if (!parsed.success) throw new CliError(t("inactive.badDuration", { option, value }));
  return parsed.data;
}

/** The options of `users disable` and `users delete` that select accounts by inactivity. */
export function inactivityOptions(command: Command, action: Action): Command {
  command
    .option("--inactive-since <duration>", t("inactive.option.inactiveSince"))
    .option("--dry-run", t("inactive.option.dryRun"));
  // `users delete` has its own --yes, for the accounts it is given by address.
  if (action === "disable")
    command.option("--warn <duration>", t("inactive.option.warn")).option("-y, --yes", t("option.yes"));
  return command;
}

/** The option of `users list`. */
export function inactiveSinceOption(command: Command): Command {
  return command.option("--inactive-since <duration>", t("inactive.option.inactiveSince"));
}

/** Refuses e-mail addresses with --inactive-since, and neither; true when the run is on inactivity. */
export function isInactivityRun(emails: string[], options: InactivityOptions): boolean {
  if (options.inactiveSince === undefined) {
    if (options.warn !== undefined || options.dryRun) throw new CliError(t("inactive.needsInactiveSince"));
    if (emails.length === 0) throw new CliError(t("inactive.noAccounts"));
    return false;
  }
  if (emails.length > 0) throw new CliError(t("inactive.emailsOrInactive"));
  return true;
}

function lastUseText(lastUse: LastUse): string {
  return lastUse.kind === "signed-in"
    ? t("inactive.lastSignedIn", { day: lastUse.day })
    : t("inactive.neverSignedIn", { day: parisDay(lastUse.created) });
}

function why(entry: InactiveAccount): string {
  return [
    lastUseText(entry.lastUse),
    ...(entry.warned ? [t("inactive.warnedOn", { day: parisDay(entry.warned) })] : []),
  ].join(", ");
}

/** `users list --inactive-since`: the inactive accounts among `selected`, with why. */
export async function listInactive(
  { connection, realm }: { connection: Connection; realm: string },
  selected: LiveAccount[],
  inactiveSince: string,
  now = new Date(),
): Promise<void> {
  const inactive = inactiveAccounts(selected, {
    inactiveSinceSeconds: seconds("--inactive-since", inactiveSince),
    now,
  });
  const isOperator = await operatorTest(
    connection.api,
    realm,
    inactive.map((entry) => entry.account),
  );
  for (const entry of inactive) {
    console.log(
      [
        entry.account.email,
        entry.account.status,
        why(entry),
        ...(isOperator(entry.account) ? [t("inactive.operatorColumn")] : []),
      ].join("\t"),
    );
  }
  console.error(t("list.count", { count: inactive.length }));
}

function printSection(heading: string, entries: InactiveAccount[], detail: (entry: InactiveAccount) => string = why) {
  if (entries.length === 0) return;
  console.log(heading);
  for (const entry of entries) console.log(`  ${entry.account.email}: ${detail(entry)}`);
}

function printPlan(action: Action, plan: InactivityPlan): void {
  if (plan.disableOn) printSection(t("inactive.toWarn", { count: plan.warn.length, day: plan.disableOn }), plan.warn);
  const waitingFrom = new Map(plan.waiting.map((entry) => [entry.account.id, entry.from]));
  printSection(
    t("inactive.waiting", { count: plan.waiting.length }),
    plan.waiting,
    (entry) => `${why(entry)}, ${t("inactive.waitingUntil", { day: parisDay(waitingFrom.get(entry.account.id)!) })}`,
  );
  printSection(
    t(action === "disable" ? "inactive.toDisable" : "inactive.toDelete", { count: plan.act.length }),
    plan.act,
  );
  printSection(t("inactive.operators", { count: plan.operators.length }), plan.operators);
}

const REPORTS = { warn: "inactive.warned", disable: "inactive.disabled", delete: "inactive.deleted" } as const;

function report(step: keyof typeof REPORTS, outcome: RunOutcome): number {
  console.log(t(REPORTS[step], { done: outcome.done.length, failed: outcome.failed.length }));
  printFailures(outcome.failed);
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
  if (warnSeconds !== undefined && warnSeconds < 86_400) throw new CliError(t("inactive.warnTooShort"));
  const directory = await readDirectory(connection.api, realm);
  const inactive = inactiveAccounts(directory.accounts.values(), { inactiveSinceSeconds, now });
  const isOperator = await operatorTest(
    connection.api,
    realm,
    inactive.map((entry) => entry.account),
  );
  const plan = planInactivityRun(inactive, { action, warnSeconds, now, isOperator });

  console.log(
    t("inactive.heading", {
      count: inactive.length,
      since: formatDuration(inactiveSinceSeconds),
      day: parisDay(new Date(now.getTime() - inactiveSinceSeconds * 1000)),
    }),
  );
  printPlan(action, plan);
  if (options.dryRun) {
    console.log(t("inactive.dryRun"));
    return;
  }
  if (plan.warn.length === 0 && plan.act.length === 0) {
    console.log(t("inactive.nothingToDo"));
    return;
  }
  const question = [
    ...(plan.warn.length ? [t("inactive.confirmWarn", { count: plan.warn.length })] : []),
    ...(plan.act.length
      ? [t(action === "disable" ? "inactive.confirmDisable" : "inactive.confirmDelete", { count: plan.act.length })]
      : []),
  ].join(", ");
  if (!options.yes && !(await confirm(t("inactive.confirm", { actions: question })))) {
    console.log(t("inactive.declined"));
    return;
  }

  let failures = 0;
  if (plan.warn.length) {
    const bar = progress(t("progress.warnings"));
    const warned = await warnOwners(connection.api, realm, plan.warn, plan.disableOn!, (done, total) =>
      bar.update(done, total),
    ).finally(() => bar.stop());
    failures += report("warn", warned);
  }
  if (plan.act.length) {
    const bar = progress(t("progress.accounts"));
    const onDone = (done: number, total: number) => bar.update(done, total);
    const acted = await (
      action === "disable"
        ? disableAccounts(connection.api, realm, plan.act, onDone)
        : deleteAccounts(connection.api, realm, plan.act, onDone)
    ).finally(() => bar.stop());
    failures += report(action, acted);
  }
  if (failures > 0) throw new CliError(t("inactive.runAgain", { count: failures }));
}
