/** Account facts the CLI writes, the theme and the example app read. */
import { enumeration, listOf, optional, shape, type Payload } from "./payloads";

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

/**
 * The value of the `invitation` attribute while the first-connexion e-mail is still to be sent
 * (`users invite --pending` sends it); it says nothing of the account's status.
 */
export const INVITATION_PENDING = "pending";

/** The token claim carrying the UAI codes (client scope `etablissement`). */
export const ETABLISSEMENT_CLAIM = "etablissement";

/** A UAI code: 7 digits and a letter (also the user profile's pattern, realm-config/user-profile.yaml). */
export const UAI_PATTERN = "^[0-9]{7}[A-Z]$";
export const UAI = new RegExp(UAI_PATTERN);

/**
 * An account's status, as "Mon établissement" and `users list --status` show it, computed by the
 * extension alone: disabled; else invitation-pending until the person has set a password of their
 * own (no password yet, or a temporary one the person must change); else active.
 */
export const ACCOUNT_STATUS = enumeration("AccountStatus", ["active", "invitation-pending", "disabled"]);
export type AccountStatus = Payload<typeof ACCOUNT_STATUS>;

/** One account of GET /admin/realms/{realm}/siec-directory (service accounts are not listed). */
export const DIRECTORY_ACCOUNT = shape("DirectoryAccount", {
  id: "string",
  email: optional("string"),
  firstName: optional("string"),
  lastName: optional("string"),
  enabled: "boolean",
  status: ACCOUNT_STATUS,
  /** When Keycloak created it, in ms since the epoch. */
  createdTimestamp: optional("number"),
  attributes: "string-lists",
  /** The names of its top-level groups. */
  groups: listOf("string"),
});
export type DirectoryAccount = Payload<typeof DIRECTORY_ACCOUNT>;
