import { createHash } from "node:crypto";
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";

/**
 * The portal's sign-in page as each app opens it, for a person to look at. The clients require
 * PKCE, so the URL carries a challenge (of a verifier nobody will use).
 */
export function signInUrl(keycloakUrl: string, realm: string, client: ClientRepresentation): string {
  const challenge = createHash("sha256").update("siec-dev-sign-in-preview").digest("base64url");
  const query = new URLSearchParams({
    client_id: client.clientId!,
    redirect_uri: `${client.rootUrl}/`,
    response_type: "code",
    scope: "openid",
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  return `${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth?${query}`;
}
