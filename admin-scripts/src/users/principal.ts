import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { UAI, USER_ATTRIBUTES } from "@siec/contract";
import { updateAttributes } from "./account-attributes";
import type { LiveAccount } from "./accounts";

/** What `users principal` did, or why it did nothing. */
export type PrincipalOutcome =
  | { kind: "made" | "already" | "removed" | "was-not" }
  | { kind: "not-a-uai" }
  | { kind: "not-an-etablissement"; etablissements: string[] };

/**
 * Makes the account the compte principal of one of its établissements (`remove`: no longer), in
 * the admin-only attribute `principal`; writes only when that changes.
 */
export async function changePrincipal(
  api: KeycloakAdminClient,
  realm: string,
  account: LiveAccount,
  code: string,
  remove: boolean,
): Promise<PrincipalOutcome> {
  const uai = code.trim().toUpperCase();
  if (!UAI.test(uai)) return { kind: "not-a-uai" };
  const isPrincipal = account.principal.includes(uai);
  if (remove && !isPrincipal) return { kind: "was-not" };
  if (!remove && isPrincipal) return { kind: "already" };
  if (!remove && !account.etablissements.includes(uai))
    return { kind: "not-an-etablissement", etablissements: account.etablissements };
  const principal = remove ? account.principal.filter((other) => other !== uai) : [...account.principal, uai];
  await updateAttributes(api, realm, account, { [USER_ATTRIBUTES.principal]: principal });
  return { kind: remove ? "removed" : "made" };
}
