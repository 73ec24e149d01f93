import { directoryUrl, inactivityWarningUrl, passwordPolicyUrl, robotChallengeUrl } from "@siec/contract";
import { describe, expect, it } from "vitest";

describe("the extension's endpoints", () => {
  it("have URLs on a realm and on the admin API", () => {
    expect(passwordPolicyUrl("https://auth.siec.example/realms/siec")).toBe(
      "https://auth.siec.example/realms/siec/siec-password-policy",
    );
    expect(robotChallengeUrl("https://auth.siec.example/realms/siec")).toBe(
      "https://auth.siec.example/realms/siec/siec-robot-challenge",
    );
    expect(directoryUrl("http://localhost:8080", "siec")).toBe(
      "http://localhost:8080/admin/realms/siec/siec-directory",
    );
    expect(directoryUrl("http://localhost:8080", "a b/c")).toBe(
      "http://localhost:8080/admin/realms/a%20b%2Fc/siec-directory",
    );
    expect(inactivityWarningUrl("http://localhost:8080", "siec", "a/b")).toBe(
      "http://localhost:8080/admin/realms/siec/siec-inactivity-warning/a%2Fb",
    );
  });
});
