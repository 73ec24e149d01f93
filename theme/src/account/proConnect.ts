import { PROCONNECT } from "@siec/contract";
import type { CredentialKind, LinkedAccount } from "./accountApi";
import type { MessageKey } from "./i18n";

/** The realm's ProConnect, saying whether the account is linked to it; undefined in a realm without it. */
export function proConnectIn(accounts: LinkedAccount[]): LinkedAccount | undefined {
  return accounts.find((account) => account.providerAlias === PROCONNECT.alias);
}

export function hasOwnPassword(kinds: CredentialKind[]): boolean {
  return (kinds.find((kind) => kind.type === "password")?.userCredentialMetadatas.length ?? 0) > 0;
}

/** How an attempt to unlink ProConnect ended: the server's answer, or no answer. */
export type UnlinkResult = "unlinked" | "refused" | "failed";

/**
 * What the page says of it. Keycloak refuses to remove an account's last way to sign in: in this
 * realm (no other provider, no user federation), a refusal to an account without a password of
 * its own is that one; it comes with Keycloak's own sentence, which the page does not show.
 */
export function unlinkOutcome(
  result: UnlinkResult,
  hasPassword: boolean,
): { severity: "success" | "error"; message: MessageKey } {
  if (result === "unlinked") return { severity: "success", message: "proConnectUnlinked" };
  if (result === "failed") return { severity: "error", message: "proConnectUnlinkFailed" };
  return { severity: "error", message: hasPassword ? "proConnectUnlinkRefused" : "proConnectUnlinkRefusedNoPassword" };
}
