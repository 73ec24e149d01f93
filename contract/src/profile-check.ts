/**
 * POST /admin/realms/{realm}/siec-profile-check: accounts as they would be written, checked by the
 * realm's user profile (Keycloak's own validators, as the admin API runs them), nothing written.
 * The extension's records are ProfileCheckResource.Candidate and UserProfileCheck.Refusal.
 */

/** An account as it would be written; one whose username is an account's is checked as its update. */
export interface ProfileCandidate {
  username: string;
  email: string;
  firstName?: string;
  lastName?: string;
  attributes: Record<string, string[]>;
}

/**
 * A value the user profile refuses: the attribute, Keycloak's message key (`error-invalid-length`,
 * or a validator's own `error-message`) and its parameters, the attribute's name first
 * (`["lastName", "1", "10"]`: the length's bounds).
 */
export interface ProfileRefusal {
  attribute: string;
  message: string;
  parameters: string[];
}

/** The answer: for each candidate, in the request's order, its refusals (none when valid). */
export type ProfileCheckAnswer = ProfileRefusal[][];
