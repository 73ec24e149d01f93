import { passwordRules } from "@siec/contract";
import { describe, expect, it } from "vitest";
import { policyEndpoint, policyParts } from "../../../theme/src/login/useLivePasswordPolicy";

describe("policyEndpoint", () => {
  it("is the extension's endpoint of the page's realm, on the page's server and path", () => {
    expect(
      policyEndpoint("http://localhost:8080/realms/siec/login-actions/required-action?execution=UPDATE_PASSWORD"),
    ).toBe("http://localhost:8080/realms/siec/siec-password-policy");
    expect(policyEndpoint("https://auth.siec.example/auth/realms/siec/login-actions/reset-credentials?x=1")).toBe(
      "https://auth.siec.example/auth/realms/siec/siec-password-policy",
    );
  });

  it("is none for a page without a realm action (previews)", () => {
    expect(policyEndpoint("#")).toBeUndefined();
  });
});

describe("policyParts", () => {
  it("reads the policy Keycloak gives the page as policy parts, with the same rules", () => {
    const keycloakGives = {
      length: 12,
      upperCase: 1,
      lowerCase: 1,
      digits: 1,
      specialChars: 1,
      notUsername: true,
      notEmail: false,
      passwordHistory: 5,
    };
    expect(policyParts(keycloakGives)).toEqual([
      { id: "length", argument: "12" },
      { id: "upperCase", argument: "1" },
      { id: "lowerCase", argument: "1" },
      { id: "digits", argument: "1" },
      { id: "specialChars", argument: "1" },
      { id: "notUsername", argument: "undefined" },
      { id: "passwordHistory", argument: "5" },
    ]);
    expect(passwordRules(policyParts(keycloakGives))).toEqual([
      { id: "length", count: 12 },
      { id: "upperCase", count: 1 },
      { id: "lowerCase", count: 1 },
      { id: "digits", count: 1 },
      { id: "specialChars", count: 1 },
      { id: "notUsername" },
      { id: "passwordHistory", count: 5 },
    ]);
    expect(policyParts({})).toEqual([]);
  });
});
