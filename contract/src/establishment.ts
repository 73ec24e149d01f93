/** "Mon établissement": what the extension's /realms/{realm}/siec-establishment answers a compte principal. */

/** An account attached to the établissement: active, invitation pending (no password of its own yet: none, or a temporary one), or disabled. */
export type EstablishmentAccountStatus = "active" | "invitation-pending" | "disabled";

export interface EstablishmentAccount {
  email: string;
  firstName?: string;
  lastName?: string;
  status: EstablishmentAccountStatus;
  /** A compte principal of this établissement: no other principal detaches it, and the last enabled one stays. */
  principal: boolean;
  /** The caller's own account. */
  self: boolean;
}

/** One établissement the caller is the compte principal of, by its UAI code, and its accounts by e-mail. */
export interface Establishment {
  uai: string;
  accounts: EstablishmentAccount[];
}

/** Why the extension refused a request, in `{"error": …}`. */
export type EstablishmentRefusal =
  | "invalid-uai"
  | "invalid-email"
  | "not-principal"
  | "not-attached"
  | "other-principal"
  | "last-principal"
  | "too-many-changes"
  | "foreign-origin"
  | "mail-not-sent";
