import { readFileSync } from "node:fs";
import {
  directoryUrl,
  EXTENSION_ENDPOINTS,
  inactivityWarningUrl,
  EXTENSION_FORM_FIELDS,
  passwordPolicyUrl,
  robotChallengeUrl,
} from "@siec/contract";
import { describe, expect, it } from "vitest";
import { extensionEndpointsJava, extensionEndpointsJavaPath } from "../../build/extension-endpoints-java";

describe("the extension's endpoints", () => {
  it("are the paths the extension serves: its checked-in Java constants are what the build generates now", () => {
    // If this fails, run `npm run build:theme` (it rewrites the file) and commit ExtensionEndpoints.java.
    expect(readFileSync(extensionEndpointsJavaPath, "utf8")).toBe(extensionEndpointsJava());
  });

  it("name each endpoint as a Java constant", () => {
    const java = extensionEndpointsJava();
    expect(java).toContain(`public static final String PASSWORD_POLICY = "${EXTENSION_ENDPOINTS.passwordPolicy}";`);
    expect(java).toContain(`public static final String DIRECTORY = "${EXTENSION_ENDPOINTS.directory}";`);
    expect(java).toContain(`public static final String ROBOT_CHECK_FIELD = "${EXTENSION_FORM_FIELDS.robotCheck}";`);
    expect(java).toMatch(/^\/\/ Generated from contract\/src\/extension-endpoints\.ts .*do not edit/);
  });

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
