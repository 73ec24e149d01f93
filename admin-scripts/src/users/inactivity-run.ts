import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { inactivityWarningUrl, OPERATOR_ROLE } from "@siec/contract";
import { describeApiError } from "../keycloak/errors";
import { t } from "../messages";
import type { LiveAccount } from "./accounts";
import type { Directory } from "./directory";
import type { InactiveAccount } from "./inactivity";

const PAGE = 500;

/**
 * Whether an account is an SIEC operator: it holds the role gestionnaire directly or through a
 * top-level group (the directory's groups), as Keycloak says now.
 */
export async function operatorTest(
  api: KeycloakAdminClient,
  realm: string,
  directory: Directory,
): Promise<(account: LiveAccount) => boolean> {
  const direct = new Set<string>();
  for (let first = 0; ; first += PAGE) {
    const page = await api.roles.findUsersWithRole({
      realm,
      name: OPERATOR_ROLE,
      first,
      max: PAGE,
      briefRepresentation: true,
    });
    for (const user of page) direct.add(user.id!);
    if (page.length < PAGE) break;
  }
  const response = await fetch(
    `${api.baseUrl}/admin/realms/${encodeURIComponent(realm)}/roles/${encodeURIComponent(OPERATOR_ROLE)}/groups?briefRepresentation=true&max=${PAGE}`,
    { headers: { authorization: `Bearer ${await api.getAccessToken()}`, accept: "application/json" } },
  );
  if (!response.ok) throw new Error(t("operators.refused", { role: OPERATOR_ROLE, status: response.status }));
  const groups = new Set(((await response.json()) as { id: string }[]).map((group) => group.id));
  const operatorGroups = new Set([...directory.groupIds].filter(([, id]) => groups.has(id)).map(([name]) => name));
  return (account) => direct.has(account.id) || account.groups.some((group) => operatorGroups.has(group));
}

export interface RunOutcome {
  done: string[];
  failed: { email: string; message: string }[];
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
        body: JSON.stringify({ disableOn }),
      });
      if (!response.ok) throw new Error(t("warning.refused", { status: response.status, body: await response.text() }));
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
