import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import { inject } from "vitest";
import { Inbox } from "../../stack/mail/inbox";

/** The run's real servers, started once by tests/setup/stack.ts. */
export function testStack() {
  return inject("stack");
}

/** An admin client of the test server, signed in to the master realm, working on the siec realm. */
export async function adminClient(): Promise<KeycloakAdminClient> {
  const stack = testStack();
  const client = new KeycloakAdminClient({ baseUrl: stack.keycloakUrl, realmName: "master" });
  await client.auth({ grantType: "password", clientId: "admin-cli", ...stack.admin });
  client.setConfig({ realmName: stack.realm });
  return client;
}

export function inbox(): Inbox {
  return new Inbox(testStack().mailWebUrl);
}

/** An address no other test uses, so each test reads only its own mail. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/**
 * A person in the run's realm or `realm`: names and a verified address, and what `more` sets
 * (attributes, a creation time…).
 */
export async function person(
  label: string,
  realm?: string,
  more: UserRepresentation = {},
): Promise<{ email: string; id: string }> {
  const { email, id } = await createPerson(label, realm, more);
  return { email, id };
}

/**
 * A person who can sign in, in the run's realm or `realm`: names, a verified address and a
 * password (a temporary one is changed at first sign-in), and `attributes` (their locale…).
 */
export async function personWithPassword(
  label: string,
  password: { value: string; temporary?: boolean },
  realm?: string,
  attributes: Record<string, string[]> = {},
): Promise<{ email: string; id: string }> {
  const { admin, email, id } = await createPerson(label, realm, { attributes });
  await admin.users.resetPassword({
    id,
    credential: { type: "password", value: password.value, temporary: password.temporary ?? false },
  });
  return { email, id };
}

async function createPerson(
  label: string,
  realm: string | undefined,
  more: UserRepresentation,
): Promise<{ admin: KeycloakAdminClient; email: string; id: string }> {
  const admin = await adminClient();
  if (realm !== undefined) admin.setConfig({ realmName: realm });
  const email = uniqueEmail(label);
  const { id } = await admin.users.create({
    username: email,
    email,
    firstName: "Camille",
    lastName: "Durand",
    enabled: true,
    emailVerified: true,
    ...more,
  });
  return { admin, email, id };
}
