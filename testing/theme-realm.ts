import { desiredRealm, loadRealmConfig } from "@siec/admin-scripts";
import { realmConfigDir } from "../stack/realm";
import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import type { Page } from "playwright-core";
import { signInUrl } from "../stack/sign-in-urls";
import { linkedError } from "./browser";

/** The SIEC realm as realm-config/ describes it. */
const siecRealm = desiredRealm(await loadRealmConfig(realmConfigDir));

/** The SIEC realm's password policy, from realm-config/password-policy.yaml. */
export const siecPasswordPolicy = siecRealm.passwordPolicy!;

/** How the new-password page lists the SIEC policy of realm-config/password-policy.yaml. */
export const siecRulesShown = [
  "au moins 12 caractères",
  "au plus 128 caractères",
  "au moins 1 lettre MAJUSCULE",
  "au moins 1 lettre minuscule",
  "au moins 1 chiffre",
  "au moins un de ces caractères spéciaux : $ @ % * + - _ !",
  "une valeur différente de votre identifiant",
  "une valeur différente de votre adresse mail",
  "une valeur différente de vos 5 derniers mots de passe",
];

/** The rules box of the new-password page, once the live policy has answered. */
export async function shownRules(page: Page): Promise<string[]> {
  await page.locator("#password-rules:not([aria-busy])").waitFor();
  return page.locator("#password-rules li").allTextContents();
}

/**
 * The server's refusal of the new password, under its field and linked to it, once the live
 * policy is read: a refusal of the SIEC characters is named by the live policy's characters.
 */
export async function passwordRefusal(page: Page): Promise<string | undefined> {
  await page.locator(".fr-password:has(#password-new) .fr-message--error").waitFor();
  await page.locator("#password-rules:not([aria-busy])").waitFor();
  return linkedError(page, "#password-new");
}

/** How realm-config/realm.yaml names and presents the realm, and how people sign in to it. */
const identityFields = [
  "displayName",
  "loginTheme",
  "emailTheme",
  "internationalizationEnabled",
  "supportedLocales",
  "defaultLocale",
  "registrationEmailAsUsername",
  "loginWithEmailAllowed",
  "resetPasswordAllowed",
] as const satisfies (keyof RealmRepresentation)[];
const siecIdentity: RealmRepresentation = Object.fromEntries(identityFields.map((field) => [field, siecRealm[field]]));

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
    ...siecIdentity,
    passwordPolicy: siecPasswordPolicy,
    ...settings,
  });
  return { realm, remove: () => admin.realms.del({ realm }) };
}

/** The sign-in page an app opens (see stack/sign-in-urls.ts), for a client declared as above. */
export function appSignInUrl(keycloakUrl: string, realm: string, client: ClientRepresentation): string {
  return signInUrl(keycloakUrl, realm, { clientId: client.clientId!, redirectUri: `${client.rootUrl}/` });
}
