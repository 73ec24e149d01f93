import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";

/**
 * Writes realm fields. A write of `attributes` replaces them all, so the live attributes, read
 * at write time (an earlier change of the same apply may have added some), are sent back too.
 */
export async function updateRealm(api: KeycloakAdminClient, realm: string, wanted: RealmRepresentation): Promise<void> {
  if (!wanted.attributes) return api.realms.update({ realm }, wanted);
  const live = await api.realms.findOne({ realm });
  await api.realms.update({ realm }, { ...wanted, attributes: { ...live?.attributes, ...wanted.attributes } });
}
