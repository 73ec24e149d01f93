import { describe, expect, it } from "vitest";
import {
  formatPolicy,
  InvalidPolicyString,
  KNOWN_POLICY_IDS,
  meetsRule,
  oneOfFromPattern,
  parsePolicy,
  passwordRules,
  requireOneOf,
  unmetRules,
} from "@siec/contract";

const siecPolicy =
  "length(12) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1) and " +
  "regexPattern(^(?=.*[$@%*+\\-_!]).*$) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)";

describe("parsePolicy", () => {
  it("reads every part of the SIEC policy, the pattern included", () => {
    expect(parsePolicy(siecPolicy)).toEqual([
      { id: "length", argument: "12" },
      { id: "upperCase", argument: "1" },
      { id: "lowerCase", argument: "1" },
      { id: "digits", argument: "1" },
      { id: "specialChars", argument: "1" },
      { id: "regexPattern", argument: "^(?=.*[$@%*+\\-_!]).*$" },
      { id: "notUsername", argument: "undefined" },
      { id: "notEmail", argument: "undefined" },
      { id: "passwordHistory", argument: "5" },
    ]);
  });

  it("keeps a pattern that itself contains parentheses and the word and", () => {
    expect(parsePolicy("regexPattern((a|b) and (c)) and digits(2)")).toEqual([
      { id: "regexPattern", argument: "(a|b) and (c)" },
      { id: "digits", argument: "2" },
    ]);
    expect(parsePolicy("length(8) and regexPattern(^(?!.*(and|or)).*$)")).toEqual([
      { id: "length", argument: "8" },
      { id: "regexPattern", argument: "^(?!.*(and|or)).*$" },
    ]);
  });

  it("has no part for an empty policy, and no rule", () => {
    expect(parsePolicy("")).toEqual([]);
    expect(parsePolicy("  ")).toEqual([]);
    expect(passwordRules("")).toEqual([]);
  });

  it("reads back what formatPolicy writes, and writes back what it reads", () => {
    const parts = [
      { id: "length", argument: "12" },
      { id: "regexPattern", argument: "(a|b) and (c)" },
      { id: "hashIterations", argument: "210000" },
    ];
    expect(formatPolicy(parts)).toBe("length(12) and regexPattern((a|b) and (c)) and hashIterations(210000)");
    expect(parsePolicy(formatPolicy(parts))).toEqual(parts);
    expect(formatPolicy(parsePolicy(siecPolicy))).toBe(siecPolicy);
    expect(formatPolicy([])).toBe("");
  });

  it("refuses a part that is not id(argument), naming it", () => {
    expect(() => parsePolicy("foo bar")).toThrow(InvalidPolicyString);
    expect(() => parsePolicy("foo bar")).toThrow('"foo bar" is not of the form id(argument)');
    expect(() => parsePolicy("length(8) and foo bar and digits(1)")).toThrow(
      '"foo bar" is not of the form id(argument)',
    );
    expect(() => parsePolicy("length(8) and notUsername")).toThrow('"notUsername" is not of the form id(argument)');
    expect(() => parsePolicy("length(8) and")).toThrow(InvalidPolicyString);
    expect(() => parsePolicy("length(8")).toThrow('"length(8" is not of the form id(argument)');
    expect(() => parsePolicy("length(8)x and digits(1)")).toThrow('"length(8)x" is not of the form id(argument)');
    expect(() => parsePolicy("length(8) and (x)")).toThrow('"(x)" is not of the form id(argument)');
  });

  it('lets only a regexPattern\'s argument hold ") and ", any argument parentheses', () => {
    expect(parsePolicy("passwordBlacklist(list(1).txt) and length(8)")).toEqual([
      { id: "passwordBlacklist", argument: "list(1).txt" },
      { id: "length", argument: "8" },
    ]);
    expect(parsePolicy("regexPattern(^(a) and b.*$) and length(8)")).toEqual([
      { id: "regexPattern", argument: "^(a) and b.*$" },
      { id: "length", argument: "8" },
    ]);
    expect(parsePolicy("length(8)   and  digits(1)")).toEqual([
      { id: "length", argument: "8" },
      { id: "digits", argument: "1" },
    ]);
  });

  it("knows Keycloak's policy ids", () => {
    expect(KNOWN_POLICY_IDS).toContain("regexPattern");
    expect(KNOWN_POLICY_IDS).toContain("passwordHistory");
    expect(KNOWN_POLICY_IDS).toContain("hashIterations");
  });
});

describe("requireOneOf and oneOfFromPattern", () => {
  it("writes the SIEC pattern, escaping what a set needs escaped", () => {
    expect(requireOneOf("$@%*+-_!")).toBe("^(?=.*[$@%*+\\-_!]).*$");
    expect(requireOneOf("\\]^-")).toBe("^(?=.*[\\\\\\]\\^\\-]).*$");
  });

  it("requires one of the characters anywhere in the whole password", () => {
    const pattern = new RegExp(requireOneOf("$@%*+-_!"));
    for (const password of ["Abcdefghij1$", "-Abcdefghij1", "Abc!defghij1", "Abcdef_ghij1"])
      expect(pattern.test(password)).toBe(true);
    for (const password of ["Abcdefghij1#", "Abcdefghij1&", "Abcdefghij1."]) expect(pattern.test(password)).toBe(false);
    const awkward = new RegExp(requireOneOf("\\]^-"));
    for (const password of ["a\\", "a]", "^a", "a-b"]) expect(awkward.test(password)).toBe(true);
    expect(awkward.test("ab")).toBe(false);
  });

  it("reads back the characters it wrote, \\ ] ^ - included", () => {
    for (const characters of ["$@%*+-_!", "\\]^-", "^!", "-", "!?", "é€"])
      expect(oneOfFromPattern(requireOneOf(characters))).toBe(characters);
    expect(oneOfFromPattern("^(?=.*[!-]).*$")).toBe("!-");
    expect(oneOfFromPattern("^(?=.*[-!]).*$")).toBe("-!");
  });

  it("is undefined for any other pattern, a range, a negated set or a class escape", () => {
    expect(oneOfFromPattern("^[a-z]+$")).toBeUndefined();
    expect(oneOfFromPattern("^(?=.*[a-f]).*$")).toBeUndefined();
    expect(oneOfFromPattern("^(?=.*[!0-9]).*$")).toBeUndefined();
    expect(oneOfFromPattern("^(?=.*[^a]).*$")).toBeUndefined();
    expect(oneOfFromPattern("^(?=.*[\\d!]).*$")).toBeUndefined();
    expect(oneOfFromPattern("^(?=.*[!]).*$x")).toBeUndefined();
  });
});

describe("passwordRules", () => {
  it("turns the SIEC policy into the rules of the INFORMATION box, the special characters listed", () => {
    const expected = [
      { id: "length", count: 12 },
      { id: "upperCase", count: 1 },
      { id: "lowerCase", count: 1 },
      { id: "digits", count: 1 },
      { id: "specialCharsFrom", characters: ["$", "@", "%", "*", "+", "-", "_", "!"] },
      { id: "notUsername" },
      { id: "notEmail" },
      { id: "passwordHistory", count: 5 },
    ];
    expect(passwordRules(siecPolicy)).toEqual(expected);
    expect(passwordRules(parsePolicy(siecPolicy))).toEqual(expected);
  });

  it("keeps a special-character count above one beside the required set", () => {
    expect(passwordRules("specialChars(2) and regexPattern(^(?=.*[!?]).*$)")).toEqual([
      { id: "specialChars", count: 2 },
      { id: "specialCharsFrom", characters: ["!", "?"] },
    ]);
  });

  it("falls back to a generic format rule for a pattern it cannot explain", () => {
    expect(passwordRules("regexPattern(^[a-z0-9]+$) and regexPattern(^(?=.*[a-f]).*$)")).toEqual([
      { id: "regexPattern", pattern: "^[a-z0-9]+$" },
      { id: "regexPattern", pattern: "^(?=.*[a-f]).*$" },
    ]);
  });

  it("lists the maximum length and the generic special characters when the policy has them", () => {
    expect(passwordRules("maxLength(64) and specialChars(1)")).toEqual([
      { id: "maxLength", count: 64 },
      { id: "specialChars", count: 1 },
    ]);
  });

  it("shows the rules in the same order whatever the policy's order, and ignores what says nothing to people", () => {
    expect(passwordRules("passwordHistory(3) and hashIterations(210000) and digits(2) and length(10)")).toEqual([
      { id: "length", count: 10 },
      { id: "digits", count: 2 },
      { id: "passwordHistory", count: 3 },
    ]);
  });

  it("refuses a policy string that does not parse", () => {
    expect(() => passwordRules("length(12) and nonsense")).toThrow(InvalidPolicyString);
  });
});

describe("meetsRule", () => {
  const rules = passwordRules(siecPolicy);
  const failing = (password: string, identity = {}) =>
    rules.filter((rule) => meetsRule(rule, password, identity) === false).map((rule) => rule.id);

  it("accepts a password that meets every SIEC rule", () => {
    expect(failing("Examens2026$ok", { username: "a@b.fr", email: "a@b.fr" })).toEqual([]);
  });

  it("names each rule a password breaks", () => {
    expect(failing("court")).toEqual(["length", "upperCase", "digits", "specialCharsFrom"]);
    expect(failing("SANSMINUSCULE1$")).toEqual(["lowerCase"]);
    expect(failing("Examens2026#ok")).toEqual(["specialCharsFrom"]);
  });

  it("counts accented letters as Keycloak does", () => {
    expect(meetsRule({ id: "upperCase", count: 1 }, "élève")).toBe(false);
    expect(meetsRule({ id: "upperCase", count: 1 }, "Élève")).toBe(true);
    expect(meetsRule({ id: "specialChars", count: 2 }, "a b!")).toBe(true);
  });

  it("compares with the identity only when the page knows it", () => {
    expect(meetsRule({ id: "notEmail" }, "a@b.fr", { email: "a@b.fr" })).toBe(false);
    expect(meetsRule({ id: "notEmail" }, "a@b.fr")).toBeUndefined();
    expect(meetsRule({ id: "notUsername" }, "x", { username: "y" })).toBe(true);
    expect(meetsRule({ id: "passwordHistory", count: 5 }, "anything")).toBeUndefined();
  });

  it("matches a pattern against the whole password, as Java's matches() does", () => {
    expect(meetsRule({ id: "regexPattern", pattern: "[a-z]+" }, "abc")).toBe(true);
    expect(meetsRule({ id: "regexPattern", pattern: "[a-z]+" }, "abc1")).toBe(false);
    expect(meetsRule({ id: "regexPattern", pattern: "(?<x" }, "abc")).toBeUndefined();
  });

  it("checks length and maximum length in characters, not UTF-16 units", () => {
    expect(meetsRule({ id: "length", count: 2 }, "😀😀")).toBe(true);
    expect(meetsRule({ id: "maxLength", count: 1 }, "😀")).toBe(true);
  });
});

describe("unmetRules", () => {
  it("gives the rules a password breaks for sure, from a policy string, its parts or its rules", () => {
    const expected = [
      { id: "length", count: 12 },
      { id: "upperCase", count: 1 },
      { id: "digits", count: 1 },
      { id: "specialCharsFrom", characters: ["$", "@", "%", "*", "+", "-", "_", "!"] },
    ];
    expect(unmetRules(siecPolicy, "court")).toEqual(expected);
    expect(unmetRules(parsePolicy(siecPolicy), "court")).toEqual(expected);
    expect(unmetRules(passwordRules(siecPolicy), "court")).toEqual(expected);
  });

  it("leaves out what cannot be known without the identity or the history", () => {
    expect(unmetRules(siecPolicy, "Examens2026$ok")).toEqual([]);
    expect(unmetRules(siecPolicy, "a@b.fr", { email: "a@b.fr" }).map((rule) => rule.id)).toContain("notEmail");
  });

  it("is empty for no policy", () => {
    expect(unmetRules("", "x")).toEqual([]);
    expect(unmetRules([], "x")).toEqual([]);
  });
});
