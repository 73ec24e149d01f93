/**
 * The ids of the REST resources the portal's Keycloak extension (extension/) serves. The
 * extension's Java constants are generated from this object by build/extension-endpoints-java.ts.
 */
export const EXTENSION_ENDPOINTS = {
  /** GET /realms/{realm}/siec-password-policy: the realm's whole password policy string. */
  passwordPolicy: "siec-password-policy",
  /** GET /admin/realms/{realm}/siec-directory: every account of the realm in one admin read. */
  directory: "siec-directory",
} as const;

/** `…/realms/<realm>` → `…/realms/<realm>/siec-password-policy`. */
export function passwordPolicyUrl(realmUrl: string): string {
  return `${realmUrl}/${EXTENSION_ENDPOINTS.passwordPolicy}`;
}

/** `<serverUrl>/admin/realms/<realm>/siec-directory`, the realm name encoded. */
export function directoryUrl(serverUrl: string, realm: string): string {
  return `${serverUrl}/admin/realms/${encodeURIComponent(realm)}/${EXTENSION_ENDPOINTS.directory}`;
}
