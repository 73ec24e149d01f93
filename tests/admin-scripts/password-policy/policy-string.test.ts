import { describe, expect, it } from "vitest";
import { oneOfFromPattern, requireOneOf } from "@siec/contract";
import { fromPolicyString, toPolicyString } from "../../../admin-scripts/src/password-policy/policy-string";

const SIEC_RULES = {
  minimumLength: 12,
  upperCase: 1,
  lowerCase: 1,
  digits: 1,
  specialCharacters: { count: 1, allowed: "$@%*+-_!" },
  notUsername: true,
  notEmail: true,
  history: 5,
};

describe("password policy string", () => {
  it("writes the SIEC rules as Keycloak's policy string", () => {
    expect(toPolicyString(SIEC_RULES)).toBe(
      "length(12) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1) and " +
        "regexPattern(^(?=.*[$@%*+\\-_!]).*$) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)",
    );
  });

  it("reads back what it writes", () => {
    expect(fromPolicyString(toPolicyString(SIEC_RULES))).toEqual(SIEC_RULES);
  });

  it("keeps parts it does not name as they are", () => {
    expect(fromPolicyString("length(8) and hashIterations(210000) and regexPattern(^[a-z]+$)")).toEqual({
      minimumLength: 8,
      other: ["hashIterations(210000)", "regexPattern(^[a-z]+$)"],
    });
  });

  it("is empty for no rules", () => {
    expect(toPolicyString({})).toBe("");
    expect(fromPolicyString("")).toEqual({});
  });
});

describe("requireOneOf", () => {
  const pattern = new RegExp(requireOneOf("$@%*+-_!"));

  it("matches a whole password holding one of the characters, wherever it is", () => {
    for (const password of ["Abcdefghij1$", "-Abcdefghij1", "Abc!defghij1", "Abcdef_ghij1"])
      expect(pattern.test(password)).toBe(true);
  });

  it("refuses a password whose only symbols are outside the set", () => {
    for (const password of ["Abcdefghij1#", "Abcdefghij1&", "Abcdefghij1."]) expect(pattern.test(password)).toBe(false);
  });

  it("is recognised back as a character set", () => {
    expect(oneOfFromPattern(requireOneOf("$@%*+-_!"))).toBe("$@%*+-_!");
    expect(oneOfFromPattern("^[a-z]+$")).toBeUndefined();
  });
});
