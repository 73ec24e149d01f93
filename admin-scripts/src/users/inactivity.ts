import { ACTIVITY_ATTRIBUTES, SIGN_IN_DAY_TIME_ZONE } from "@siec/contract";
import type { LiveAccount } from "./accounts";

/**
 * Who is inactive, and what a run of `users … --inactive-since` does to whom: pure, `now` given,
 * so that tests need not wait days. Days are the SIEC's (Europe/Paris), as the extension records
 * the sign-in day.
 */

/** The account's last use: the day it last signed in, or its creation when it never did. */
export type LastUse = { kind: "signed-in"; day: string } | { kind: "never-signed-in"; created: Date };

export interface InactiveAccount {
  account: LiveAccount;
  lastUse: LastUse;
  /** When the owner was told of the disabling, since the last use (an older warning no longer counts). */
  warned?: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const parisDays = new Intl.DateTimeFormat("en-CA", {
  timeZone: SIGN_IN_DAY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The day of `instant` in Paris, YYYY-MM-DD. */
export function parisDay(instant: Date): string {
  return parisDays.format(instant);
}

/** The account's last use; undefined when Keycloak gives neither a sign-in day nor a creation time. */
export function lastUseOf(account: LiveAccount): LastUse | undefined {
  const day = account.attributes[ACTIVITY_ATTRIBUTES.lastSignInDay]?.[0];
  if (day && DAY.test(day)) return { kind: "signed-in", day };
  if (account.createdTimestamp === undefined) return undefined;
  return { kind: "never-signed-in", created: new Date(account.createdTimestamp) };
}

function dayOf(lastUse: LastUse): string {
  return lastUse.kind === "signed-in" ? lastUse.day : parisDay(lastUse.created);
}

/** A warning recorded on the account, if it came after its last use (a later day). */
function warningSince(account: LiveAccount, lastUse: LastUse): Date | undefined {
  const value = account.attributes[ACTIVITY_ATTRIBUTES.inactivityWarning]?.[0];
  const warned = value ? new Date(value) : undefined;
  if (!warned || Number.isNaN(warned.getTime())) return undefined;
  return parisDay(warned) > dayOf(lastUse) ? warned : undefined;
}

/**
 * The accounts unused for `inactiveSinceSeconds` or more at `now`: last used on a day before the
 * day that many seconds ago, by e-mail.
 */
export function inactiveAccounts(
  accounts: Iterable<LiveAccount>,
  { inactiveSinceSeconds, now }: { inactiveSinceSeconds: number; now: Date },
): InactiveAccount[] {
  const since = parisDay(new Date(now.getTime() - inactiveSinceSeconds * 1000));
  const inactive: InactiveAccount[] = [];
  for (const account of accounts) {
    const lastUse = lastUseOf(account);
    if (!lastUse || dayOf(lastUse) >= since) continue;
    const warned = warningSince(account, lastUse);
    inactive.push({ account, lastUse, ...(warned && { warned }) });
  }
  return inactive.sort((a, b) => a.account.email.localeCompare(b.account.email));
}

export interface InactivityPlan {
  /** Disabled (or deleted) by this run. */
  act: InactiveAccount[];
  /** Told by e-mail by this run that the account will be disabled on `disableOn` (YYYY-MM-DD). */
  warn: InactiveAccount[];
  disableOn?: string;
  /** Warned less than the warning period ago: disabled by a run from `from` on. */
  waiting: (InactiveAccount & { from: Date })[];
  /** Operators: never by a run on inactivity; they are named to `users disable` or `users delete`. */
  operators: InactiveAccount[];
}

/**
 * What a run does to the inactive accounts: operators are left out; with a warning period, the
 * owners not yet warned are told first, those warned less than that long ago are left to wait,
 * and only those warned earlier are acted on. Disabled accounts are left out by `disable`.
 */
export function planInactivityRun(
  inactive: InactiveAccount[],
  options: {
    action: "disable" | "delete";
    warnSeconds?: number;
    now: Date;
    isOperator: (account: LiveAccount) => boolean;
  },
): InactivityPlan {
  const plan: InactivityPlan = { act: [], warn: [], waiting: [], operators: [] };
  const { warnSeconds, now } = options;
  if (warnSeconds !== undefined) plan.disableOn = parisDay(new Date(now.getTime() + warnSeconds * 1000));
  for (const entry of inactive) {
    if (options.action === "disable" && !entry.account.enabled) continue;
    if (options.isOperator(entry.account)) plan.operators.push(entry);
    else if (warnSeconds === undefined) plan.act.push(entry);
    else if (!entry.warned) plan.warn.push(entry);
    else {
      const from = new Date(entry.warned.getTime() + warnSeconds * 1000);
      if (from <= now) plan.act.push(entry);
      else plan.waiting.push({ ...entry, from });
    }
  }
  return plan;
}
