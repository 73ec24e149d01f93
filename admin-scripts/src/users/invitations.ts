import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { USER_ATTRIBUTES } from "@siec/contract";
import { describeApiError } from "../keycloak/errors";
import { updateAttributes } from "./account-attributes";
import type { LiveAccount } from "./accounts";
import type { Said } from "../messages/said";

/** Failures in a row after which the mail server is taken for down, and the run stops. */
export const FAILURES_IN_A_ROW = 5;

export interface InvitationOutcome {
  sent: string[];
  failed: { email: string; message: Said }[];
  /** Accounts not tried because the run stopped after FAILURES_IN_A_ROW failures in a row. */
  notTried: string[];
}

/**
 * Sends the first-connexion e-mail (set a password, which also proves the address), at most
 * `perSecond` a second so the SMTP server is not flooded, and records the date of each on the
 * account. An account whose e-mail failed stays pending, so `users invite --pending` sends it
 * later. After FAILURES_IN_A_ROW failures in a row the mail server is down: the others are left
 * pending rather than tried one by one for nothing.
 */
export async function sendInvitations(
  api: KeycloakAdminClient,
  realm: string,
  accounts: LiveAccount[],
  options: { perSecond: number; onSent?: (done: number, total: number) => void },
): Promise<InvitationOutcome> {
  const outcome: InvitationOutcome = { sent: [], failed: [], notTried: [] };
  const interval = 1000 / options.perSecond;
  let failuresInARow = 0;
  for (const [index, account] of accounts.entries()) {
    if (failuresInARow === FAILURES_IN_A_ROW) {
      outcome.notTried = accounts.slice(index).map((rest) => rest.email);
      break;
    }
    const started = Date.now();
    try {
      await api.users.executeActionsEmail({ realm, id: account.id, actions: ["UPDATE_PASSWORD"] });
      await updateAttributes(api, realm, account, { [USER_ATTRIBUTES.invitation]: [new Date().toISOString()] });
      outcome.sent.push(account.email);
      failuresInARow = 0;
    } catch (error) {
      outcome.failed.push({ email: account.email, message: describeApiError(error) });
      failuresInARow++;
    }
    options.onSent?.(index + 1, accounts.length);
    const wait = interval - (Date.now() - started);
    if (wait > 0 && index < accounts.length - 1) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return outcome;
}
