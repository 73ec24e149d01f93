/** Account facts the CLI writes, the theme and the example app read. */

/** User attributes of an SIEC account (realm-config/user-profile.yaml). */
export const USER_ATTRIBUTES = {
  /** The UAI codes of the person's schools. */
  etablissement: "etablissement",
  /** `pending` until the first-connexion e-mail is sent. */
  invitation: "invitation",
  /** The UAI codes the account is the compte principal of: it adds and removes their colleagues. */
  principal: "principal",
  /**
   * On a compte principal's account: the invitations it sent from "Mon établissement" that are not
   * yet accepted, declined or expired, one `UAI address expiry` value each (operators only).
   */
  sentInvitations: "invitationsEnvoyees",
} as const;

/** The value of the `invitation` attribute while the first-connexion e-mail is still to be sent. */
export const INVITATION_PENDING = "pending";

/** The token claim carrying the UAI codes (client scope `etablissement`). */
export const ETABLISSEMENT_CLAIM = "etablissement";

/** A UAI code: 7 digits and a letter. */
export const UAI = /^\d{7}[A-Z]$/;
