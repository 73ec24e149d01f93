import { describe, expect, it } from "vitest";
import { meetsRule, parsePasswordPolicy, passwordRules } from "../../../theme/src/login/passwordRules";

const siecPolicy =
  "length(12) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1) and " +
  "regexPattern(^(?=.*[$@%*+\\-_!]).*$) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)";

describe("parsePasswordPolicy", () => {
  it("reads every part of the SIEC policy, the pattern included", () => {
    expect(parsePasswordPolicy(siecPolicy)).toEqual({
      length: 12,
      upperCase: 1,
      lowerCase: 1,
      digits: 1,
      specialChars: 1,
      regexPatterns: ["^(?=.*[$@%*+\\-_!]).*$"],
      notUsername: true,
      notEmail: true,
      passwordHistory: 5,
    });
  });

  it("keeps a pattern that itself contains parentheses and the word and", () => {
    expect(parsePasswordPolicy("regexPattern((a|b) and (c)) and digits(2)")).toEqual({
      regexPatterns: ["(a|b) and (c)"],
      digits: 2,
    });
  });

  it("returns no rule for an empty policy", () => {
    expect(passwordRules(parsePasswordPolicy(""))).toEqual([]);
  });
});

describe("passwordRules", () => {
  it("turns the SIEC policy into the rules of the INFORMATION box, the special characters listed", () => {
    expect(passwordRules(parsePasswordPolicy(siecPolicy))).toEqual([
      { id: "length", count: 12 },
      { id: "upperCase", count: 1 },
      { id: "lowerCase", count: 1 },
      { id: "digits", count: 1 },
      { id: "specialCharsFrom", characters: ["$", "@", "%", "*", "+", "-", "_", "!"] },
      { id: "notUsername" },
      { id: "notEmail" },
      { id: "passwordHistory", count: 5 },
    ]);
  });

  it("keeps a special-character count above one beside the required set", () => {
    expect(passwordRules({ specialChars: 2, regexPatterns: ["^(?=.*[!?]).*$"] })).toEqual([
      { id: "specialChars", count: 2 },
      { id: "specialCharsFrom", characters: ["!", "?"] },
    ]);
  });

  it("falls back to a generic format rule for a pattern it cannot explain", () => {
    expect(passwordRules({ regexPatterns: ["^[a-z0-9]+$", "^(?=.*[a-f]).*$"] })).toEqual([
      { id: "regexPattern", pattern: "^[a-z0-9]+$" },
      { id: "regexPattern", pattern: "^(?=.*[a-f]).*$" },
    ]);
  });

  it("lists the maximum length and the generic special characters when the policy has them", () => {
    expect(passwordRules({ maxLength: 64, specialChars: 1 })).toEqual([
      { id: "maxLength", count: 64 },
      { id: "specialChars", count: 1 },
    ]);
  });
});

describe("meetsRule", () => {
  const rules = passwordRules(parsePasswordPolicy(siecPolicy));
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
