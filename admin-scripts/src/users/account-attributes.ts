import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type { LiveAccount } from "./accounts";

/**
 * Writes the account's attributes with `changed` replacing those it names. Keycloak's PUT replaces
 * every attribute and checks the names against the user profile, so the whole account is sent back.
 */
export async function updateAttributes(
  api: KeycloakAdminClient,
  realm: string,
  account: LiveAccount,
  changed: Record<string, string[]>,
): Promise<void> {
  await api.users.update(
    { realm, id: account.id },
    {
      username: account.email,
      email: account.email,
      firstName: account.firstName,
      lastName: account.lastName,
      attributes: { ...account.attributes, ...changed },
    },
  );
}
