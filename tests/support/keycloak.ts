import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
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
