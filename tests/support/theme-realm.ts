import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { toPolicyString } from "../../admin-scripts/src/password-policy/policy-string";
import { passwordPolicySchema } from "../../admin-scripts/src/password-policy/schema";
import { realmConfigDir } from "../../stack/realm";
import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { signInUrl } from "../../stack/sign-in-urls";

/** The SIEC realm's password policy, from realm-config/password-policy.yaml. */
export const siecPasswordPolicy = toPolicyString(
  passwordPolicySchema.parse(parse(readFileSync(path.join(realmConfigDir, "password-policy.yaml"), "utf8"))),
);

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
  return signInUrl(keycloakUrl, realm, { clientId: client.clientId!, redirectUri: `${client.rootUrl}/` });
}
