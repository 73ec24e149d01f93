import type { UserProfileAttribute } from "@keycloak/keycloak-admin-client/lib/defs/userProfileMetadata";
import { describe, expect, it } from "vitest";
import {
  profileRules,
  UncheckableUserProfile,
  type LiveUserProfile,
} from "../../../../admin-scripts/src/users/profile-rules/profile-rules";
import { KEYCLOAK_VALIDATORS } from "../../../../admin-scripts/src/users/profile-rules/validators";
import { said, saying } from "../../../support/cli-messages";

const FILLED = ["username", "email", "firstName", "lastName", "etablissement"];
const profile = (attributes: UserProfileAttribute[], realm: LiveUserProfile["realm"] = {}): LiveUserProfile => ({
  config: { attributes },
  realm,
});
const rulesOf = (attributes: UserProfileAttribute[], realm?: LiveUserProfile["realm"]) =>
  profileRules(profile(attributes, realm), FILLED);
const uncheckable = (attributes: UserProfileAttribute[]) => {
  try {
    rulesOf(attributes);
  } catch (error) {
    if (error instanceof UncheckableUserProfile) return error;
  }
  throw new Error("the profile was accepted");
};

describe("profileRules: the live user profile's rules for the attributes an import writes", () => {
  it("refuses the values each declared validator refuses, naming the attribute and the rule", () => {
    const check = rulesOf([
      { name: "lastName", validations: { length: { max: 10 }, "person-name-prohibited-characters": {} } },
      { name: "etablissement", multivalued: true, validations: { pattern: { pattern: "^075[0-9]{4}[A-Z]$" } } },
    ]);
    expect(check({ lastName: ["Durand"], etablissement: ["0751234A", "0759876B"] })).toEqual([]);
    expect(check({ lastName: ["=Durand-Martinez"], etablissement: ["0751234A", "0931234B"] })).toEqual([
      {
        attribute: "lastName",
        rule: "length",
        value: "=Durand-Martinez",
        reason: saying("validator.longer", { max: 10 }),
      },
      {
        attribute: "lastName",
        rule: "person-name-prohibited-characters",
        value: "=Durand-Martinez",
        reason: saying("validator.personName"),
      },
      {
        attribute: "etablissement",
        rule: "pattern",
        value: "0931234B",
        reason: saying("validator.pattern", { pattern: "^075[0-9]{4}[A-Z]$", explained: "" }),
      },
    ]);
  });

  it("takes one value at most of an attribute that is not multivalued, as Keycloak does", () => {
    const check = rulesOf([{ name: "etablissement", validations: {} }]);
    expect(check({ etablissement: ["0751234A", "0931234B"] })).toEqual([
      {
        attribute: "etablissement",
        rule: "multivalued",
        reason: saying("validator.tooManyValues", { count: 2, max: 1 }),
      },
    ]);
  });

  it("requires a value where the admin API does: required without roles, or for the admin role", () => {
    for (const required of [{}, { roles: ["admin"] }, { roles: ["admin", "user"] }]) {
      const check = rulesOf([{ name: "etablissement", multivalued: true, required }]);
      expect(check({ etablissement: [] })).toEqual([
        { attribute: "etablissement", rule: "required", reason: saying("validator.required") },
      ]);
    }
    for (const required of [{ roles: ["user"] }, { scopes: ["etablissement"] }]) {
      expect(rulesOf([{ name: "etablissement", multivalued: true, required }])({ etablissement: [] })).toEqual([]);
    }
  });

  it("reads the realm settings Keycloak's validators read", () => {
    const email = [{ name: "email", validations: { email: {} } }];
    const zoe = { email: ["zoé@example.org"] };
    expect(rulesOf(email, { smtpServer: { host: "smtp.example.org" } })(zoe)).toHaveLength(1);
    expect(rulesOf(email, { smtpServer: { host: "smtp.example.org", allowutf8: "true" } })(zoe)).toEqual([]);
    expect(rulesOf(email, {})(zoe)).toEqual([]);

    const username = [{ name: "username", validations: { "username-prohibited-characters": {} } }];
    const address = { username: ["camille@example.org"] };
    expect(
      rulesOf(username, { registrationEmailAsUsername: false })({ username: ["o'neil@example.org"] }),
    ).toHaveLength(1);
    expect(rulesOf(username, { registrationEmailAsUsername: true })({ username: ["o'neil@example.org"] })).toEqual([]);
    expect(rulesOf(username, { registrationEmailAsUsername: false })(address)).toEqual([]);
  });

  it("stops on a validator it does not know, on an attribute the import writes", () => {
    const error = uncheckable([{ name: "firstName", validations: { "siec-nom-valide": {}, length: { max: 255 } } }]);
    expect(error.problems).toEqual([
      saying("profile.unknownValidator", {
        attribute: "firstName",
        rule: "siec-nom-valide",
        known: Object.keys(KEYCLOAK_VALIDATORS).join(", "),
      }),
    ]);
    expect(error.message).toMatch(said("profile.uncheckable"));
  });

  it("stops on a pattern JavaScript cannot read as Java does, and on a validator configuration it cannot use", () => {
    const error = uncheckable([
      { name: "lastName", validations: { pattern: { pattern: "[a-z&&[^x]]+" } } },
      { name: "firstName", validations: { length: { max: "beaucoup" } } },
    ]);
    expect(error.problems).toEqual([
      saying("profile.unusableRule", {
        attribute: "lastName",
        rule: "pattern",
        reason: saying("javaPattern.intersection", { pattern: "[a-z&&[^x]]+" }),
      }),
      saying("profile.unusableRule", {
        attribute: "firstName",
        rule: "length",
        reason: saying("validatorConfig.notAnInteger", { key: "max" }),
      }),
    ]);
  });

  it("leaves alone the validators of an attribute the import does not write, but stops when it is required", () => {
    const birthDate = { name: "dateNaissance", validations: { "local-date": {} } };
    expect(rulesOf([birthDate])({})).toEqual([]);
    expect(uncheckable([{ ...birthDate, required: { roles: ["admin"] } }]).problems).toEqual([
      saying("profile.requiredWithoutColumn", { attribute: "dateNaissance" }),
    ]);
  });
});
