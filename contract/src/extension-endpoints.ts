import { optional, shape, type Payload } from "./payloads";
import { PROFILE_CHECK_LOCALE_PARAMETER } from "./profile-check";

/**
 * The ids of the REST resources the portal's Keycloak extension (extension/) serves. The
 * extension's Java constants are generated from this object by build/extension-endpoints-java.ts.
 */
export const EXTENSION_ENDPOINTS = {
  /** GET /realms/{realm}/siec-password-policy: the realm's whole password policy string. */
  passwordPolicy: "siec-password-policy",
  /** GET /admin/realms/{realm}/siec-directory: every account of the realm in one admin read. */
  directory: "siec-directory",
  /** GET /realms/{realm}/siec-robot-challenge: a new "Je ne suis pas un robot" proof-of-work challenge. */
  robotChallenge: "siec-robot-challenge",
  /** GET /realms/{realm}/siec-my-apps: the SIEC apps the signed-in person may use (bearer token). */
  myApps: "siec-my-apps",
  /** /realms/{realm}/siec-establishment: "Mon établissement" of a compte principal (bearer token). */
  establishment: "siec-establishment",
  /** POST /admin/realms/{realm}/siec-inactivity-warning/{user id}: tells the person the account will be disabled. */
  inactivityWarning: "siec-inactivity-warning",
  /** POST /admin/realms/{realm}/siec-profile-check: candidate accounts checked by the realm's user profile, nothing written. */
  profileCheck: "siec-profile-check",
} as const;

/** The form fields the extension reads from the pages the theme renders. */
export const EXTENSION_FORM_FIELDS = {
  /** The "Je ne suis pas un robot" answer, posted with the sign-in and password-request forms. */
  robotCheck: "robot-check",
} as const;

/** The answer of GET …/siec-password-policy: the policy string, "" when the realm has none. */
export const PASSWORD_POLICY_ANSWER = shape("PasswordPolicyAnswer", { policy: "string" });
export type PasswordPolicyAnswer = Payload<typeof PASSWORD_POLICY_ANSWER>;

/** A "Je ne suis pas un robot" challenge, the answer of GET …/siec-robot-challenge (ALTCHA's format). */
export const ROBOT_CHALLENGE = shape("RobotChallenge", {
  algorithm: "string",
  challenge: "string",
  maxnumber: "number",
  salt: "string",
  signature: "string",
});
export type RobotChallenge = Payload<typeof ROBOT_CHALLENGE>;

/** An SIEC app the signed-in person may use (from its groups), one item of GET …/siec-my-apps. */
export const MY_APP = shape("MyApp", {
  clientId: "string",
  /** The client's name, or its id when it has none. */
  name: "string",
  description: optional("string"),
  url: optional("string"),
  helpGuideUrl: optional("string"),
});
export type MyApp = Payload<typeof MY_APP>;

/**
 * `…/realms/siec/login-actions/authenticate?…` → `…/realms/siec`: the realm a form of Keycloak's
 * pages posts to, whose extension endpoints the page calls. Undefined for any other URL (previews).
 */
export function realmUrlOfLoginAction(loginAction: string): string | undefined {
  return /^(.*\/realms\/[^/]+)\/login-actions\//.exec(loginAction)?.[1];
}

/** `…/realms/<realm>` → `…/realms/<realm>/siec-password-policy`. */
export function passwordPolicyUrl(realmUrl: string): string {
  return `${realmUrl}/${EXTENSION_ENDPOINTS.passwordPolicy}`;
}

/** `…/realms/<realm>` → `…/realms/<realm>/siec-robot-challenge`. */
export function robotChallengeUrl(realmUrl: string): string {
  return `${realmUrl}/${EXTENSION_ENDPOINTS.robotChallenge}`;
}

/** `…/realms/<realm>` → `…/realms/<realm>/siec-my-apps`. */
export function myAppsUrl(realmUrl: string): string {
  return `${realmUrl}/${EXTENSION_ENDPOINTS.myApps}`;
}

/** `…/realms/<realm>` → `…/realms/<realm>/siec-establishment`: GET the établissements of a compte principal. */
export function establishmentUrl(realmUrl: string): string {
  return `${realmUrl}/${EXTENSION_ENDPOINTS.establishment}`;
}

/** `…/siec-establishment/<uai>/accounts`: POST `{email}` attaches an account, DELETE `?email=` detaches it. */
export function establishmentAccountsUrl(realmUrl: string, uai: string): string {
  return `${establishmentUrl(realmUrl)}/${encodeURIComponent(uai)}/accounts`;
}

/** `…/siec-establishment/invitation`: GET `?invitation=` shows an invitation to its invited person, POST answers it. */
export function establishmentInvitationUrl(realmUrl: string): string {
  return `${establishmentUrl(realmUrl)}/invitation`;
}

/** `<serverUrl>/admin/realms/<realm>/siec-directory`, the realm name encoded. */
export function directoryUrl(serverUrl: string, realm: string): string {
  return `${serverUrl}/admin/realms/${encodeURIComponent(realm)}/${EXTENSION_ENDPOINTS.directory}`;
}

/** `<serverUrl>/admin/realms/<realm>/siec-profile-check`, the realm name encoded; with `locale`, the refusals are said in it. */
export function profileCheckUrl(serverUrl: string, realm: string, locale?: string): string {
  const url = `${serverUrl}/admin/realms/${encodeURIComponent(realm)}/${EXTENSION_ENDPOINTS.profileCheck}`;
  return locale === undefined ? url : `${url}?${PROFILE_CHECK_LOCALE_PARAMETER}=${encodeURIComponent(locale)}`;
}

/** `<serverUrl>/admin/realms/<realm>/siec-inactivity-warning/<user id>`, each part encoded. */
export function inactivityWarningUrl(serverUrl: string, realm: string, userId: string): string {
  return `${serverUrl}/admin/realms/${encodeURIComponent(realm)}/${EXTENSION_ENDPOINTS.inactivityWarning}/${encodeURIComponent(userId)}`;
}
