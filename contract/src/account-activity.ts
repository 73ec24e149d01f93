/** When accounts were last used, which the extension records and the CLI's inactivity commands read. */
import { shape, type Payload } from "./payloads";

/**
 * User attributes of an account's activity (realm-config/user-profile.yaml, operators only); the
 * extension names them as Java constants generated from this object.
 */
export const ACTIVITY_ATTRIBUTES = {
  /** The last day the person signed in, YYYY-MM-DD in {@link SIGN_IN_DAY_TIME_ZONE}. */
  lastSignInDay: "derniereConnexion",
  /** When the person was last told that the account would be disabled for inactivity (ISO 8601 instant). */
  inactivityWarning: "avertissementInactivite",
} as const;

/** The time zone of a sign-in day: the SIEC's academies, whichever zone a server runs in. */
export const SIGN_IN_DAY_TIME_ZONE = "Europe/Paris";

/** The realm role of SIEC operators (realm-config/roles.yaml): never disabled or deleted for inactivity. */
export const OPERATOR_ROLE = "gestionnaire";

/** POST /admin/realms/{realm}/siec-inactivity-warning/{user id}: the day (YYYY-MM-DD) the account is to be disabled. */
export const INACTIVITY_WARNING = shape("InactivityWarning", { disableOn: "string" });
export type InactivityWarning = Payload<typeof INACTIVITY_WARNING>;
