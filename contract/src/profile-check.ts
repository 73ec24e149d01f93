import { listOf, optional, shape, type Payload } from "./payloads";

/**
 * POST /admin/realms/{realm}/siec-profile-check: accounts as they would be written, checked by the
 * realm's user profile (Keycloak's own validators, as the admin API runs them), nothing written.
 */

/** The query parameter naming the language the refusals' messages are said in (`fr`, `en`; the realm's default without it). */
export const PROFILE_CHECK_LOCALE_PARAMETER = "locale";

/** An account as it would be written; one whose username is an account's is checked as its update. */
export const PROFILE_CANDIDATE = shape("ProfileCandidate", {
  username: "string",
  email: "string",
  firstName: optional("string"),
  lastName: optional("string"),
  attributes: "string-lists",
});
export type ProfileCandidate = Payload<typeof PROFILE_CANDIDATE>;

/**
 * A value the user profile refuses: the attribute, Keycloak's message key (`code`:
 * `error-invalid-length`, or a validator's own `error-message`) and its parameters, the attribute's
 * name first (`["lastName", "1", "10"]`: the length's bounds), and `message`: that key said in the
 * language asked (`?locale=fr|en`) as the sign-in pages say it, from the realm's login theme's
 * messages (Keycloak's and the portal's) and the realm's own texts, `{0}` the attribute's display name.
 */
export const PROFILE_REFUSAL = shape("ProfileRefusal", {
  attribute: "string",
  code: "string",
  parameters: listOf("string"),
  message: "string",
});
export type ProfileRefusal = Payload<typeof PROFILE_REFUSAL>;

/** The answer: for each candidate, in the request's order, its refusals (none when valid). */
export type ProfileCheckAnswer = ProfileRefusal[][];
