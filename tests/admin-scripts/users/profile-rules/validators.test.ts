import { describe, expect, it } from "vitest";
import {
  KEYCLOAK_VALIDATORS,
  requiredValues,
  UnusableValidatorConfig,
  type ValidationContext,
} from "../../../../admin-scripts/src/users/profile-rules/validators";
import { saying } from "../../../support/cli-messages";

const context: ValidationContext = { required: false, emailAsUsername: false, asciiLocalPartOnly: false };
const validator = (name: string, config: Record<string, unknown> = {}, overrides: Partial<ValidationContext> = {}) =>
  KEYCLOAK_VALIDATORS[name]!(config, { ...context, ...overrides });
/** The values `name` refuses among `values`, each checked alone. */
const refused = (check: ReturnType<typeof validator>, values: string[]) => values.filter((value) => check([value]));

describe("Keycloak's built-in user-profile validators", () => {
  it("skip empty values, as the user profile has them do (ignore.empty.value)", () => {
    for (const name of ["length", "email", "person-name-prohibited-characters", "options", "integer"])
      expect(validator(name, { min: 1, options: ["a"] })([""])).toBeUndefined();
  });

  it("length: trims Java's way, counts UTF-16 units, reads its bounds as numbers or strings", () => {
    const check = validator("length", { min: "3", max: 5 });
    expect(refused(check, ["abc", "abcde", "  abc  ", "ab", "abcdef", "\u00A0ab"])).toEqual(["ab", "abcdef"]);
    expect(check(["ab"])).toEqual({ value: "ab", reason: saying("validator.shorter", { min: 3 }) });
    expect(validator("length", { max: 1 })(["😀"])).toEqual({
      value: "😀",
      reason: saying("validator.longer", { max: 1 }),
    });
    expect(validator("length", { max: 3, "trim-disabled": "true" })([" abc"])).toBeDefined();
  });

  it("email: Keycloak's address rule, ASCII before the @ when the realm's SMTP settings lack allowutf8", () => {
    expect(refused(validator("email"), ["a@example.org", "a@example-.org", "zoé@example.org"])).toEqual([
      "a@example-.org",
    ]);
    expect(validator("email", {}, { asciiLocalPartOnly: true })(["zoé@example.org"])?.reason).toBe(
      saying("validator.emailAscii"),
    );
    expect(validator("email", { "max-local-length": 3 })(["abcd@example.org"])).toBeDefined();
  });

  it("pattern: the whole value, with the configured error message", () => {
    const check = validator("pattern", { pattern: "^[0-9]{7}[A-Z]$", "error-message": "${uai.invalid}" });
    expect(refused(check, ["0751234A", "075123A", "0751234AB"])).toEqual(["075123A", "0751234AB"]);
    expect(check(["075123A"])?.reason).toBe(
      saying("validator.pattern", {
        pattern: "^[0-9]{7}[A-Z]$",
        explained: saying("validator.patternExplained", { message: "${uai.invalid}" }),
      }),
    );
    expect(() => validator("pattern", {})).toThrow(UnusableValidatorConfig);
  });

  it("person-name-prohibited-characters: Keycloak's own pattern", () => {
    const check = validator("person-name-prohibited-characters");
    const accepted = ["Camille", "Jean-Paul", "O'Neil", "Zoé", "Dupont Durand", "-1+1", "+A1+A2", "@SUM", "Ñúñez"];
    expect(refused(check, accepted)).toEqual([]);
    const prohibited = [...'<>&"$%!#?§;*~/\\|^=[]{}()'].map((character) => `a${character}b`);
    const breaks = ["a\nb", "a\u000Bb", "a\u0085b", "a\u2028b", "a\tb", "a\u0000b", "a\u007Fb"];
    expect(refused(check, [...prohibited, ...breaks])).toEqual([...prohibited, ...breaks]);
  });

  it("username-prohibited-characters: Keycloak's own pattern, not applied when the e-mail address is the username", () => {
    const check = validator("username-prohibited-characters");
    expect(refused(check, ["camille.durand", "camille@example.org", "o'neil", "a b", "a\u3000b", "a:b"])).toEqual([
      "o'neil",
      "a b",
      "a\u3000b",
      "a:b",
    ]);
    expect(validator("username-prohibited-characters", {}, { emailAsUsername: true })(["o'neil"])).toBeUndefined();
  });

  it("up-username-not-idn-homograph: Latin and common characters only, first value", () => {
    const check = validator("up-username-not-idn-homograph");
    expect(check(["camille@example.org"])).toBeUndefined();
    expect(check(["cаmille@example.org"])).toMatchObject({ value: "cаmille@example.org" }); // Cyrillic а
    expect(check(["camille", "саmille"])).toBeUndefined();
  });

  it("options: one of the configured values", () => {
    const check = validator("options", { options: ["rectorat", "établissement"] });
    expect(refused(check, ["rectorat", "Rectorat", "autre"])).toEqual(["Rectorat", "autre"]);
    expect(() => validator("options", {})).toThrow(UnusableValidatorConfig);
  });

  it("integer: Long.valueOf within min and max", () => {
    const check = validator("integer", { min: "-5", max: 10 });
    expect(refused(check, ["0", "+10", "-5", "11", "-6", "1.5", " 1", "1e2", "x"])).toEqual([
      "11",
      "-6",
      "1.5",
      " 1",
      "1e2",
      "x",
    ]);
    expect(validator("integer")(["9223372036854775808"])).toBeDefined();
  });

  it("double: Double.valueOf's decimal notation within min and max", () => {
    const check = validator("double", { min: 0, max: "1e3" });
    expect(refused(check, ["0", " 1.5 ", "2.", ".5", "1e3", "1e3d", "1000.1", "-0.1", "1,5", "x"])).toEqual([
      "1000.1",
      "-0.1",
      "1,5",
      "x",
    ]);
  });

  it("multivalued: the number of non-blank values; one at most is the rule for an attribute not multivalued", () => {
    const check = validator("multivalued", { max: 1 });
    expect(check(["0751234A"])).toBeUndefined();
    expect(check(["0751234A", "0931234B"])).toEqual({
      reason: saying("validator.tooManyValues", { count: 2, max: 1 }),
    });
    expect(validator("multivalued", { min: 2, max: 3 })(["a", " "])).toBeDefined();
    expect(validator("multivalued", { max: 1 }, { required: true })([])).toBeUndefined();
    expect(() => validator("multivalued", {})).toThrow(UnusableValidatorConfig);
  });

  it("required: a value, and none blank", () => {
    expect(requiredValues([])).toEqual({ reason: saying("validator.required") });
    expect(requiredValues(["a", " "])).toBeDefined();
    expect(requiredValues(["a"])).toBeUndefined();
  });
});
