import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";

/** Keycloak's passkey (WebAuthn passwordless) policy: its fields start with this. */
const PASSKEY_POLICY = "webAuthnPolicyPasswordless";

/**
 * Writes realm fields. A write of `attributes` replaces them all, so the live attributes, read
 * at write time (an earlier change of the same apply may have added some), are sent back too.
 * Keycloak also writes the passkey policy as a whole, each field it is not sent set back to its
 * default: the policy's live fields go with the declared ones.
 */
export async function updateRealm(api: KeycloakAdminClient, realm: string, wanted: RealmRepresentation): Promise<void> {
  const writesPolicy = Object.keys(wanted).some((key) => key.startsWith(PASSKEY_POLICY));
  if (!wanted.attributes && !writesPolicy) return api.realms.update({ realm }, wanted);
  const live = await api.realms.findOne({ realm });
  const livePolicy = writesPolicy
    ? Object.fromEntries(Object.entries(live ?? {}).filter(([key]) => key.startsWith(PASSKEY_POLICY)))
    : {};
  await api.realms.update(
    { realm },
    {
      ...livePolicy,
      ...wanted,
      ...(wanted.attributes && { attributes: { ...live?.attributes, ...wanted.attributes } }),
    },
  );
}
