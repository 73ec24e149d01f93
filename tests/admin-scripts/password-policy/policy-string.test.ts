import { describe, expect, it } from "vitest";
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
