import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { INVITATION_ATTRIBUTE, type LiveAccount } from "./accounts";

export interface InvitationOutcome {
  sent: string[];
  failed: { email: string; message: string }[];
}

/**
 * Sends the first-connexion e-mail (set a password, which also proves the address), at most
 * `perSecond` a second so the SMTP server is not flooded, and records the date of each on the
 * account; an account still marked pending after a failure is invited again by the next run.
 */
export async function sendInvitations(
  api: KeycloakAdminClient,
  realm: string,
  accounts: LiveAccount[],
  options: { perSecond: number; onSent?: (done: number, total: number) => void },
): Promise<InvitationOutcome> {
  const outcome: InvitationOutcome = { sent: [], failed: [] };
  const interval = 1000 / options.perSecond;
  for (const [index, account] of accounts.entries()) {
    const started = Date.now();
    try {
      await api.users.executeActionsEmail({ realm, id: account.id, actions: ["UPDATE_PASSWORD"] });
      await api.users.update(
        { realm, id: account.id },
        {
          username: account.email,
          email: account.email,
          firstName: account.firstName,
          lastName: account.lastName,
          attributes: { ...account.attributes, [INVITATION_ATTRIBUTE]: [new Date().toISOString()] },
        },
      );
      outcome.sent.push(account.email);
    } catch (error) {
      outcome.failed.push({ email: account.email, message: (error as Error).message });
    }
    options.onSent?.(index + 1, accounts.length);
    const wait = interval - (Date.now() - started);
    if (wait > 0 && index < accounts.length - 1) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return outcome;
}
