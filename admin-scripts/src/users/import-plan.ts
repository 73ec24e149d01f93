import { sameValue } from "../resource-kit/diff";
import type { DesiredAccount, LiveAccount } from "./accounts";
import type { Column } from "./columns";

export interface AccountUpdate {
  desired: DesiredAccount;
  live: LiveAccount;
  /** The columns whose value differs, for the dry run. */
  fields: Column[];
  joinGroups: string[];
  leaveGroups: string[];
}

export interface ImportPlan {
  create: DesiredAccount[];
  update: AccountUpdate[];
  unchanged: DesiredAccount[];
}

/**
 * Accounts are matched by e-mail. `managedGroups` are the groups the applications column decides
 * (one per app): an account leaves those the row no longer names, and keeps any other group.
 */
export function planImport(
  desired: DesiredAccount[],
  live: Map<string, LiveAccount>,
  managedGroups: readonly string[],
): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: [] };
  for (const account of desired) {
    const existing = live.get(account.email);
    if (!existing) {
      plan.create.push(account);
      continue;
    }
    const fields: Column[] = [];
    // An empty name leaves the account's as it is: its owner may have given it at first sign-in.
    if (account.firstName !== "" && account.firstName !== existing.firstName) fields.push("firstName");
    if (account.lastName !== "" && account.lastName !== existing.lastName) fields.push("lastName");
    if (!sameValue(account.etablissements, existing.etablissements)) fields.push("etablissements");
    if (account.principal && !sameValue(account.principal, existing.principal)) fields.push("principal");
    const joinGroups = account.groups.filter((group) => !existing.groups.includes(group));
    const leaveGroups = existing.groups.filter(
      (group) => managedGroups.includes(group) && !account.groups.includes(group),
    );
    if (joinGroups.length > 0 || leaveGroups.length > 0) fields.push("groups");
    if (fields.length === 0) plan.unchanged.push(account);
    else plan.update.push({ desired: account, live: existing, fields, joinGroups, leaveGroups });
  }
  return plan;
}

/** Whether an update writes the account itself (names, établissements, principal), not only its groups. */
export function writesProfile(update: AccountUpdate): boolean {
  return update.fields.some((field) => field !== "groups");
}
