import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import type { RealmConfig } from "../catalogue";
import { toPolicyString } from "../password-policy/policy-string";
import { toRepresentation } from "../realm/representation";

/** The realm's settings and password policy as apply writes them from a loaded realm-config. */
export function desiredRealm(config: RealmConfig): RealmRepresentation {
  if (!config.realm) throw new Error("realm-config has no realm.yaml");
  return {
    ...toRepresentation(config.realm),
    ...(config.passwordPolicy && { passwordPolicy: toPolicyString(config.passwordPolicy) }),
  };
}
