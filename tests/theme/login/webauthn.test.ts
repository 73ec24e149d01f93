import { describe, expect, it } from "vitest";
import { fromBase64url, registersPasskey, toBase64url } from "../../../theme/src/login/webauthn";

describe("the WebAuthn pages' base64url", () => {
  it("reads Keycloak's challenges and ids, padded or not, with the URL-safe letters", () => {
    expect([...fromBase64url("-_8")]).toEqual([0xfb, 0xff]);
    expect([...fromBase64url("-_8=")]).toEqual([0xfb, 0xff]);
    expect(new TextDecoder().decode(fromBase64url("dGhlLXNpZWMtcG9ydGFsLWNoYWxsZW5nZQ"))).toBe(
      "the-siec-portal-challenge",
    );
  });

  it("writes the browser's answers unpadded, as Keycloak reads them, and reads them back", () => {
    for (const length of [0, 1, 2, 3, 32, 65]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + 251) % 256);
      const written = toBase64url(bytes.buffer);
      expect(written).toMatch(/^[A-Za-z0-9_-]*$/);
      expect([...fromBase64url(written)]).toEqual([...bytes]);
    }
  });
});

describe("a WebAuthn registration", () => {
  it("makes a passkey when Keycloak asks for a discoverable key, a security key otherwise", () => {
    expect(registersPasskey({ requireResidentKey: "Yes" })).toBe(true);
    expect(registersPasskey({ residentKey: "required" })).toBe(true);
    expect(registersPasskey({ requireResidentKey: "No" })).toBe(false);
    expect(registersPasskey({ requireResidentKey: "not specified" })).toBe(false);
    expect(registersPasskey({})).toBe(false);
  });
});
