import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import type {
  UserProfileAttribute,
  UserProfileConfig,
} from "@keycloak/keycloak-admin-client/lib/defs/userProfileMetadata";
import { UnreadableJavaPattern } from "./java-pattern";
import { t } from "../../messages";
import {
  KEYCLOAK_VALIDATORS,
  requiredValues,
  UnusableValidatorConfig,
  type ValidationContext,
  type ValuesCheck,
} from "./validators";

/** What Keycloak validates a new account with: the realm's user profile, and two realm settings its validators read. */
export interface LiveUserProfile {
  config: UserProfileConfig;
  realm: Pick<RealmRepresentation, "registrationEmailAsUsername" | "smtpServer">;
}

export async function readLiveUserProfile(api: KeycloakAdminClient, realm: string): Promise<LiveUserProfile> {
  const [config, representation] = await Promise.all([api.users.getProfile({ realm }), api.realms.findOne({ realm })]);
  return {
    config,
    realm: {
      registrationEmailAsUsername: representation?.registrationEmailAsUsername,
      smtpServer: representation?.smtpServer,
    },
  };
}

/** An attribute value Keycloak's POST /users would refuse, with the rule (a validator's name, or `required`). */
export interface AttributeRefusal {
  attribute: string;
  value?: string;
  rule: string;
  reason: string;
}

/** Checks an account's attribute values, all of them at once, as the user profile does. */
export type ProfileRules = (attributes: Readonly<Record<string, readonly string[]>>) => AttributeRefusal[];

/** The profile has a rule this module cannot check: importing would let values past it unchecked. */
export class UncheckableUserProfile extends Error {
  constructor(readonly problems: string[]) {
    super(t("profile.uncheckable", { problems: problems.map((problem) => `  ${problem}`).join("\n") }));
  }
}

/**
 * The rules of the live user profile for the attributes an import fills (`filled`); throws
 * UncheckableUserProfile when one of them cannot be checked here, or when an attribute the import
 * does not fill is required.
 */
export function profileRules(live: LiveUserProfile, filled: readonly string[]): ProfileRules {
  const problems: string[] = [];
  const realm = {
    emailAsUsername: live.realm.registrationEmailAsUsername === true,
    asciiLocalPartOnly:
      Object.keys(live.realm.smtpServer ?? {}).length > 0 && live.realm.smtpServer?.allowutf8 !== "true",
  };
  const checks = (live.config.attributes ?? []).flatMap((attribute) => {
    const name = attribute.name!;
    const required = isRequiredOfAdmins(attribute);
    if (!filled.includes(name)) {
      // Keycloak's validators skip empty values, so only `required` concerns an attribute left empty.
      if (required) problems.push(t("profile.requiredWithoutColumn", { attribute: name }));
      return [];
    }
    const context: ValidationContext = { required, ...realm };
    const named: { rule: string; check: ValuesCheck }[] = required ? [{ rule: "required", check: requiredValues }] : [];
    for (const [rule, config] of Object.entries(validations(attribute))) {
      const validator = KEYCLOAK_VALIDATORS[rule];
      if (!validator) {
        const known = Object.keys(KEYCLOAK_VALIDATORS).join(", ");
        problems.push(t("profile.unknownValidator", { attribute: name, rule, known }));
        continue;
      }
      try {
        named.push({ rule, check: validator(config, context) });
      } catch (error) {
        if (!(error instanceof UnusableValidatorConfig || error instanceof UnreadableJavaPattern)) throw error;
        problems.push(t("profile.unusableRule", { attribute: name, rule, reason: error.message }));
      }
    }
    return named.map((check) => ({ attribute: name, ...check }));
  });
  if (problems.length > 0) throw new UncheckableUserProfile(problems);

  return (attributes) =>
    checks.flatMap(({ attribute, rule, check }) => {
      const refusal = check(attributes[attribute] ?? []);
      return refusal ? [{ attribute, rule, ...refusal }] : [];
    });
}

/** The validators Keycloak runs: those declared, and one value at most unless the attribute is multivalued. */
function validations(attribute: UserProfileAttribute): Record<string, Record<string, unknown>> {
  const declared = (attribute.validations ?? {}) as Record<string, Record<string, unknown>>;
  return attribute.multivalued || "multivalued" in declared ? declared : { ...declared, multivalued: { max: 1 } };
}

/**
 * Whether the admin API requires a value: `required` without roles or scopes, or with the admin
 * role. Keycloak decides it for username and email itself (the import always gives both).
 */
function isRequiredOfAdmins({ name, required }: UserProfileAttribute): boolean {
  if (!required || name === "username" || name === "email") return false;
  const always = !required.roles?.length && !required.scopes?.length;
  return always || (required.roles ?? []).includes("admin");
}
