import { readFileSync } from "node:fs";
import { parse } from "yaml";
import {
  CLIENT_ATTRIBUTES,
  ETABLISSEMENT_CLAIM,
  INVITATION_PENDING,
  UAI,
  UAI_PATTERN,
  USER_ATTRIBUTES,
} from "@siec/contract";
import { describe, expect, it } from "vitest";

describe("account facts", () => {
  it("name the attributes, claim and values the realm uses", () => {
    expect(USER_ATTRIBUTES).toEqual({
      etablissement: "etablissement",
      invitation: "invitation",
      principal: "principal",
      sentInvitations: "invitationsEnvoyees",
    });
    expect(INVITATION_PENDING).toBe("pending");
    expect(ETABLISSEMENT_CLAIM).toBe("etablissement");
    expect(CLIENT_ATTRIBUTES).toEqual({
      helpGuideUrl: "siec.help-guide-url",
      legalNoticeUrl: "siec.legal-notice-url",
    });
  });

  it("recognise a UAI code: 7 digits and a letter", () => {
    expect(UAI.test("0751234A")).toBe(true);
    expect(UAI.test("075123A")).toBe(false);
    expect(UAI.test("0751234a")).toBe(false);
    expect(UAI.test("0751234AB")).toBe(false);
  });

  it("is the pattern the realm's user profile checks the UAI attributes with", () => {
    const profile = parse(readFileSync(new URL("../../realm-config/user-profile.yaml", import.meta.url), "utf8")) as {
      attributes: { name: string; validations?: { pattern?: { pattern: string } } }[];
    };
    for (const name of [USER_ATTRIBUTES.etablissement, USER_ATTRIBUTES.principal])
      expect(profile.attributes.find((attribute) => attribute.name === name)?.validations?.pattern?.pattern, name).toBe(
        UAI_PATTERN,
      );
  });
});
