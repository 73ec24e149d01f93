import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { inactivityWarningUrl, OPERATOR_ROLE, type InactivityWarning } from "@siec/contract";
import pLimit from "p-limit";
import { describeApiError } from "../keycloak/errors";
import { said, SaidError, type Said } from "../messages/said";
import type { LiveAccount } from "./accounts";
import type { InactiveAccount } from "./inactivity";

const CONCURRENCY = 8;

/**
 * Which of `accounts` are SIEC operators: those whose effective realm roles, as Keycloak computes
 * them now, hold gestionnaire, whether directly, through a group or a parent group, or through a
 * composite role. One request per account, so callers ask only about the accounts a run concerns.
 */
export async function operatorTest(
  api: KeycloakAdminClient,
  realm: string,
  accounts: readonly LiveAccount[],
): Promise<(account: LiveAccount) => boolean> {
  const limit = pLimit(CONCURRENCY);
  const operators = new Set<string>();
  await Promise.all(
    accounts.map((account) =>
      limit(async () => {
        const roles = await api.users.listCompositeRealmRoleMappings({ realm, id: account.id });
        if (roles.some((role) => role.name === OPERATOR_ROLE)) operators.add(account.id);
      }),
    ),
  );
  return (account) => operators.has(account.id);
}

export interface RunOutcome {
  done: string[];
  failed: { email: string; message: Said }[];
}

/** Applies `step` to each account in turn; a failure is reported and the others go on. */
async function eachAccount(
  entries: InactiveAccount[],
  step: (account: LiveAccount) => Promise<void>,
  onDone?: (done: number, total: number) => void,
): Promise<RunOutcome> {
  const outcome: RunOutcome = { done: [], failed: [] };
  for (const [index, { account }] of entries.entries()) {
    try {
      await step(account);
      outcome.done.push(account.email);
    } catch (error) {
      outcome.failed.push({ email: account.email, message: describeApiError(error) });
    }
    onDone?.(index + 1, entries.length);
  }
  return outcome;
}

/**
 * Has the server e-mail each owner that the account will be disabled on `disableOn` (the
 * extension's siec-inactivity-warning endpoint, which records the warning once sent).
 */
export function warnOwners(
  api: KeycloakAdminClient,
  realm: string,
  entries: InactiveAccount[],
  disableOn: string,
  onDone?: (done: number, total: number) => void,
): Promise<RunOutcome> {
  return eachAccount(
    entries,
    async (account) => {
      const response = await fetch(inactivityWarningUrl(api.baseUrl, realm, account.id), {
        method: "POST",
        headers: { authorization: `Bearer ${await api.getAccessToken()}`, "content-type": "application/json" },
        body: JSON.stringify({ disableOn } satisfies InactivityWarning),
      });
      if (!response.ok)
        throw new SaidError(said("warning.refused", { status: response.status, body: await response.text() }));
    },
    onDone,
  );
}

export function disableAccounts(
  api: KeycloakAdminClient,
  realm: string,
  entries: InactiveAccount[],
  onDone?: (done: number, total: number) => void,
): Promise<RunOutcome> {
  return eachAccount(entries, (account) => api.users.update({ realm, id: account.id }, { enabled: false }), onDone);
}

export function deleteAccounts(
  api: KeycloakAdminClient,
  realm: string,
  entries: InactiveAccount[],
  onDone?: (done: number, total: number) => void,
): Promise<RunOutcome> {
  return eachAccount(entries, (account) => api.users.del({ realm, id: account.id }), onDone);
}
