import { describe, expect, it } from "vitest";
import { policyEndpoint } from "../../../theme/src/login/useLivePasswordPolicy";

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
