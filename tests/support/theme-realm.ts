import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { signInUrl } from "../../stack/sign-in-urls";

/** The SIEC realm's password policy, as realm-config/realm.yaml declares it. */
export const siecPasswordPolicy =
  "length(12) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1) and " +
  "regexPattern(^(?=.*[$@%*+\\-_!]).*$) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)";

/** An SIEC app client as realm-config/clients/*.yaml declares one, with its branding attributes. */
export function brandedClient(
  clientId: string,
  name: string,
  description: string,
  rootUrl: string,
): ClientRepresentation {
  return {
    clientId,
    name,
    description,
    publicClient: true,
    standardFlowEnabled: true,
    rootUrl,
    baseUrl: "/",
    redirectUris: [`${rootUrl}/*`],
    webOrigins: [rootUrl],
    attributes: {
      "pkce.code.challenge.method": "S256",
      "siec.help-guide-url": `${rootUrl}/aide-connexion.pdf`,
      "siec.legal-notice-url": `${rootUrl}/mentions-legales`,
    },
  };
}

export async function signedInAdmin(keycloakUrl: string, admin: { username: string; password: string }) {
  const client = new KeycloakAdminClient({ baseUrl: keycloakUrl, realmName: "master" });
  await client.auth({ grantType: "password", clientId: "admin-cli", ...admin });
  return client;
}

/**
 * A throw-away realm with the siec themes, for tests that change realm-wide settings (the
 * policy, lifespans) without touching the run's shared `siec` realm.
 */
export async function createThemeRealm(
  admin: KeycloakAdminClient,
  realm: string,
  settings: RealmRepresentation = {},
): Promise<{ realm: string; remove: () => Promise<void> }> {
  await admin.realms.create({
    realm,
    enabled: true,
    displayName: "Portail d'authentification - Maison des examens",
    loginTheme: "siec",
    emailTheme: "siec",
    internationalizationEnabled: true,
    supportedLocales: ["fr", "en"],
    defaultLocale: "fr",
    registrationEmailAsUsername: true,
    loginWithEmailAllowed: true,
    resetPasswordAllowed: true,
    passwordPolicy: siecPasswordPolicy,
    ...settings,
  });
  return { realm, remove: () => admin.realms.del({ realm }) };
}

/** The sign-in page an app opens (see stack/sign-in-urls.ts), for a client declared as above. */
export function appSignInUrl(keycloakUrl: string, realm: string, client: ClientRepresentation): string {
  // Fits both shapes signInUrl has taken: a client representation, or { clientId, redirectUri }.
  const target = { ...client, clientId: client.clientId!, redirectUri: `${client.rootUrl}/` };
  return signInUrl(keycloakUrl, realm, target);
}
