/** "Mon établissement": what the extension's /realms/{realm}/siec-establishment answers a compte principal. */

/**
 * An account attached to the établissement: active, or disabled; or "invitation-pending": an
 * address added whose owner has not acted yet (no password of its own yet, or an invitation not
 * answered), shown alike whoever the address belongs to, without names.
 */
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
  | "mail-not-sent"
  | "second-factor-required"
  | "invitation-expired"
  | "invitation-for-another-account";

/**
 * An invitation to join an établissement, as its link shows it to the invited person signed in to
 * "Mon compte" (GET `…/siec-establishment/invitation?invitation=…`): the UAI and who sent it.
 */
export interface EstablishmentInvitationSummary {
  uai: string;
  /** The compte principal's names, or its address when it has none. */
  invitedBy: string;
}

/** POST `…/siec-establishment/invitation`: the invitation from the link, accepted or declined (once). */
export interface EstablishmentInvitationAnswer {
  invitation: string;
  accept: boolean;
}

/** The query parameter of the e-mailed link (`…/account/establishment/join?invitation=…`) carrying the invitation. */
export const INVITATION_QUERY_PARAMETER = "invitation";
