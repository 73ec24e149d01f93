import { loadRealmConfig } from "@siec/admin-scripts";
import { toRepresentation } from "../../admin-scripts/src/realm/representation";
import { toSmtpServer } from "../../admin-scripts/src/smtp/reconciler";
import type { LiveUserProfile } from "../../admin-scripts/src/users/profile-rules/profile-rules";
import { realmConfigDir } from "../../stack/realm";

/** The username attribute Keycloak gives every realm (keycloak-default-user-profile.json, 26.7). */
const KEYCLOAK_USERNAME = {
  name: "username",
  displayName: "${username}",
  permissions: { view: ["admin", "user"], edit: ["admin", "user"] },
  validations: {
    length: { min: 3, max: 255 },
    "username-prohibited-characters": {},
    "up-username-not-idn-homograph": {},
  },
};

/** The siec realm's user profile and settings as Keycloak serves them once realm-config/ is applied. */
export async function siecUserProfile(): Promise<LiveUserProfile> {
  const config = await loadRealmConfig(realmConfigDir, {});
  return {
    config: { attributes: [KEYCLOAK_USERNAME, ...config.userProfile!.attributes] },
    realm: {
      registrationEmailAsUsername: toRepresentation(config.realm).registrationEmailAsUsername,
      smtpServer: toSmtpServer(config.smtp!),
    },
  };
}

/** `profile` with the validators of `attribute` replaced. */
export function withValidations(
  profile: LiveUserProfile,
  attribute: string,
  validations: Record<string, Record<string, unknown>>,
): LiveUserProfile {
  const attributes = (profile.config.attributes ?? []).map((candidate) =>
    candidate.name === attribute ? { ...candidate, validations } : candidate,
  );
  return { ...profile, config: { ...profile.config, attributes } };
}
