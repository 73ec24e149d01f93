import { createHash } from "node:crypto";

/**
 * The portal's sign-in page as an app opens it, for a person to look at. The clients require
 * PKCE, so the URL carries a challenge (of a verifier nobody will use).
 */
export function signInUrl(
  keycloakUrl: string,
  realm: string,
  client: { clientId: string; redirectUri: string },
): string {
  const challenge = createHash("sha256").update("siec-dev-sign-in-preview").digest("base64url");
  const query = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: "code",
    scope: "openid",
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  return `${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth?${query}`;
}
