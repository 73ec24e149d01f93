import { describe, expect, it } from "vitest";
import { hasAsciiLocalPart, isKeycloakEmail } from "../../../../admin-scripts/src/users/profile-rules/email-address";

describe("isKeycloakEmail: Keycloak's EmailValidationUtil", () => {
  it.each([
    "camille.durand@example.org",
    "Camille+test@Example.ORG",
    "o'neil@example.org",
    '"camille durand"@example.org',
    '"a\\"b"@example.org',
    // Keycloak takes markup in a quoted local part: the names' rules do not apply to addresses.
    '"<img src=x onerror=alert(1)>"@example.org',
    "camille@[192.168.0.1]",
    "camille@[IPv6:2001:db8::1]",
    "camille@exämple.org",
    "zoé@example.org",
    `${"x".repeat(64)}@example.org`,
    `camille@${"x".repeat(63)}.org`,
  ])("accepts %s", (address) => {
    expect(isKeycloakEmail(address)).toBe(true);
  });

  it.each([
    ["no @", "camille.example.org"],
    ["an empty local part", "@example.org"],
    ["a dot at the start", ".camille@example.org"],
    ["two dots", "camille..durand@example.org"],
    ["a space", "camille durand@example.org"],
    ["a label ending in a dash", "camille@example-.org"],
    ["a trailing dot", "camille@example.org."],
    ["an empty label", "camille@example..org"],
    ["a local part over 64 characters", `${"x".repeat(65)}@example.org`],
    ["a label over 63 characters", `camille@${"x".repeat(64)}.org`],
    ["a domain over 255 characters", `camille@${`${"x".repeat(60)}.`.repeat(5)}org`],
    ["an emoji (one character to Java, outside \\u0080-\\uFFFF)", "😀@example.org"],
    ["a quote left open", '"camille@example.org'],
  ])("refuses %s", (_name, address) => {
    expect(isKeycloakEmail(address)).toBe(false);
  });

  it("takes the local part's maximum from the validator's max-local-length", () => {
    expect(isKeycloakEmail("camille@example.org", 6)).toBe(false);
    expect(isKeycloakEmail("camille@example.org", 7)).toBe(true);
  });
});

describe("hasAsciiLocalPart", () => {
  it("looks before the last @ only", () => {
    expect(hasAsciiLocalPart("camille@exämple.org")).toBe(true);
    expect(hasAsciiLocalPart("zoé@example.org")).toBe(false);
  });
});
