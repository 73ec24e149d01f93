/** "Mon établissement": what the extension's /realms/{realm}/siec-establishment answers a compte principal. */
import { ACCOUNT_STATUS } from "./accounts";
import { enumeration, listOf, optional, shape, type Payload } from "./payloads";

/**
 * An account attached to the établissement, by e-mail; an address invited whose owner has not acted
 * yet is "invitation-pending", shown alike whoever the address belongs to, without names.
 */
export const ESTABLISHMENT_ACCOUNT = shape("EstablishmentAccount", {
  email: "string",
  /** Only once the person has set a password of their own. */
  firstName: optional("string"),
  lastName: optional("string"),
  status: ACCOUNT_STATUS,
  /** A compte principal of this établissement: no other principal detaches it, and the last enabled one stays. */
  principal: "boolean",
  /** The caller's own account. */
  self: "boolean",
});
export type EstablishmentAccount = Payload<typeof ESTABLISHMENT_ACCOUNT>;

/** One établissement the caller is the compte principal of, by its UAI code, and its accounts by e-mail. */
export const ESTABLISHMENT = shape("Establishment", { uai: "string", accounts: listOf(ESTABLISHMENT_ACCOUNT) });
export type Establishment = Payload<typeof ESTABLISHMENT>;

/** POST `…/siec-establishment/<uai>/accounts`: the address to attach. */
export const ESTABLISHMENT_ADDITION = shape("EstablishmentAddition", { email: "string" });
export type EstablishmentAddition = Payload<typeof ESTABLISHMENT_ADDITION>;

/** Why the extension refused a request, in `{"error": …}`. */
export const ESTABLISHMENT_REFUSAL = enumeration("EstablishmentRefusal", [
  "invalid-uai",
  "invalid-email",
  /** The realm's user profile refuses the address (or the établissement) as a new account's: checked before anything. */
  "refused-by-profile",
  "not-principal",
  "not-attached",
  "other-principal",
  "last-principal",
  "too-many-changes",
  "foreign-origin",
  "mail-not-sent",
  "second-factor-required",
  "invitation-expired",
  "invitation-for-another-account",
]);
export type EstablishmentRefusal = Payload<typeof ESTABLISHMENT_REFUSAL>;

/** The body of a refused request. */
export const ESTABLISHMENT_REFUSED = shape("EstablishmentRefused", { error: ESTABLISHMENT_REFUSAL });
export type EstablishmentRefused = Payload<typeof ESTABLISHMENT_REFUSED>;

/**
 * An invitation to join an établissement, as its link shows it to the invited person signed in to
 * "Mon compte" (GET `…/siec-establishment/invitation?invitation=…`): the UAI and who sent it.
 */
export const ESTABLISHMENT_INVITATION_SUMMARY = shape("EstablishmentInvitationSummary", {
  uai: "string",
  /** The compte principal's names, or its address when it has none. */
  invitedBy: "string",
});
export type EstablishmentInvitationSummary = Payload<typeof ESTABLISHMENT_INVITATION_SUMMARY>;

/** POST `…/siec-establishment/invitation`: the invitation from the link, accepted or declined (once). */
export const ESTABLISHMENT_INVITATION_ANSWER = shape("EstablishmentInvitationAnswer", {
  invitation: "string",
  accept: "boolean",
});
export type EstablishmentInvitationAnswer = Payload<typeof ESTABLISHMENT_INVITATION_ANSWER>;

/** The query parameter of the e-mailed link (`…/account/establishment/join?invitation=…`) carrying the invitation. */
export const INVITATION_QUERY_PARAMETER = "invitation";
