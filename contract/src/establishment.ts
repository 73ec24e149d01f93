/** "Mon établissement": what the extension's /realms/{realm}/siec-establishment answers a compte principal. */

/** An account attached to the établissement: active, not yet signed in (it has no password), or disabled. */
export type EstablishmentAccountStatus = "active" | "invitation-pending" | "disabled";

export interface EstablishmentAccount {
  email: string;
  firstName?: string;
  lastName?: string;
  status: EstablishmentAccountStatus;
  /** A compte principal of this établissement: only the SIEC detaches it. */
  principal: boolean;
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
  | "too-many-additions"
  | "foreign-origin"
  | "mail-not-sent";
