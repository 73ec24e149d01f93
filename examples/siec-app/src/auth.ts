/**
 * keycloak-js for an SIEC app: authorization code flow with PKCE (S256), a silent check of the
 * portal session on load (no redirect for a visitor who is not signed in), tokens renewed before
 * they expire, sign-out through the portal.
 */
import Keycloak from "keycloak-js";
import { portal } from "./apps";
import { userFromTokens, type SignedInUser } from "./claims";
import { problemFromDiscovery, problemFromInit } from "./problems";

export const keycloak = new Keycloak({ url: portal.url, realm: portal.realm, clientId: portal.clientId });

/** `URL/` and `URL/silent-check-sso.html` are the redirect URIs of realm-config/clients/<app>.yaml. */
const home = `${window.location.origin}/`;

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
keycloak.onAuthSuccess = changed;
keycloak.onAuthRefreshSuccess = changed;
/** Signed out elsewhere (another SIEC app, the portal) or the session ended: keycloak-js says so. */
keycloak.onAuthLogout = changed;
keycloak.onTokenExpired = () => void freshToken();

/** Called when the session starts, is renewed or ends. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let started: Promise<boolean> | undefined;

/**
 * Once per page load (keycloak-js can be initialised only once; React's StrictMode runs effects
 * twice). Resolves to whether the person already has a portal session; rejects with a PortalProblem.
 */
export function startSession(): Promise<boolean> {
  started ??= (async () => {
    await checkPortal();
    try {
      const authenticated = await keycloak.init({
        onLoad: "check-sso",
        pkceMethod: "S256",
        silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
        redirectUri: home,
      });
      // Back to the tab after a while: renew now rather than at the first call that needs a token.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible" && keycloak.authenticated) void freshToken();
      });
      return authenticated;
    } catch (error) {
      throw problemFromInit(error);
    }
  })();
  return started;
}

/**
 * An access token valid for at least `minValidity` seconds: call it before each API call and send
 * `Authorization: Bearer <token>`. Undefined when the portal session has ended (the app then shows
 * its landing page again, through onAuthLogout).
 */
export async function freshToken(minValidity = 30): Promise<string | undefined> {
  try {
    await keycloak.updateToken(minValidity);
    return keycloak.token;
  } catch {
    keycloak.clearToken();
    return undefined;
  }
}

export function currentUser(): SignedInUser | undefined {
  if (!keycloak.authenticated) return undefined;
  return userFromTokens(keycloak.idTokenParsed, keycloak.tokenParsed, portal.clientId);
}

export function signIn(): Promise<void> {
  return keycloak.login({ redirectUri: home });
}

/** Ends the portal session (every SIEC app) and comes back to this app's landing page. */
export function signOut(): Promise<void> {
  return keycloak.logout({ redirectUri: home });
}

/** Says early, and in words, that the portal or its realm cannot be reached (keycloak-js would wait 10 s). */
async function checkPortal(): Promise<void> {
  const discovery = `${portal.url}/realms/${encodeURIComponent(portal.realm)}/.well-known/openid-configuration`;
  let outcome: { status: number } | { error: unknown };
  try {
    outcome = { status: (await fetch(discovery, { signal: AbortSignal.timeout(8000) })).status };
  } catch (error) {
    outcome = { error };
  }
  const problem = problemFromDiscovery(portal.url, portal.realm, outcome);
  if (problem) throw problem;
}
