/**
 * What the attack tests need to talk to the run's Keycloak without a browser: the browserless
 * client of testing/browserless.ts, pointed at the test server, and the app clients as the
 * setup applied them.
 */
import path from "node:path";
import { loadRealmConfig } from "@siec/admin-scripts";
import type { Client } from "../../admin-scripts/src/clients/schema";
import { realmConfigDir } from "../../stack/realm";
import {
  CookieJar as BrowserlessJar,
  askForResetLinkAt,
  authorizationUrlAt,
  codeFlowUrlAt,
  exchangeCodeAt,
  pageId,
  pageMessage,
  type Answer,
  type Tokens,
} from "../../testing/browserless";
import { testStack } from "../support/keycloak";

export {
  kcContextString,
  loginAction,
  pageId,
  pageMessage,
  pkce,
  signIn,
  type Answer,
  type Tokens,
} from "../../testing/browserless";

/**
 * The app clients realm-config/clients/*.yaml declares, loaded as tests/setup/stack.ts applied
 * them (DPECothèque and DEXCO on the setup's ports, the others on their defaults).
 */
export async function appClients(): Promise<Client[]> {
  const { apps } = testStack();
  const config = await loadRealmConfig(realmConfigDir, {
    ...process.env,
    DPECOTHEQUE_URL: apps.dpecotheque,
    DEXCO_URL: apps.dexco,
  });
  return config.clients.filter((client) => client.type !== "service-account");
}

export const realmConfigFile = (clientId: string) =>
  path.relative(path.dirname(realmConfigDir), path.join(realmConfigDir, "clients", `${clientId}.yaml`));

/** A browserless browser of the run's Keycloak. */
export class CookieJar extends BrowserlessJar {
  constructor(keycloakUrl = testStack().keycloakUrl) {
    super(keycloakUrl);
  }
}

export function authorizationUrl(realm: string, params: Record<string, string | undefined>): string {
  return authorizationUrlAt(testStack().keycloakUrl, realm, params);
}

/** A code-flow authorization request to the run's Keycloak, as keycloak-js sends it, with `overrides` applied. */
export function codeFlowUrl(
  realm: string,
  client: { clientId: string; redirectUri: string },
  overrides: Record<string, string | undefined> = {},
): string {
  return codeFlowUrlAt(testStack().keycloakUrl, realm, client, overrides);
}

export function exchangeCode(
  realm: string,
  client: { clientId: string; redirectUri: string },
  code: string,
  verifier: string,
): Promise<Tokens> {
  return exchangeCodeAt(testStack().keycloakUrl, realm, client, code, verifier);
}

/** What a person sees of an answer: its status, its page and the message on it. */
export const pageOutcome = (answer: Answer) => ({
  status: answer.status,
  page: pageId(answer.body),
  message: pageMessage(answer.body),
});

/** The "Mot de passe oublié ?" page of a fresh browser, and what it answers for `email`. */
export function askForResetLink(
  email: string,
  target: { realm: string; client: { clientId: string; redirectUri: string } },
): Promise<Answer> {
  return askForResetLinkAt(testStack().keycloakUrl, target.realm, target.client, { username: email });
}
