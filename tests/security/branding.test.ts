/**
 * Attack test (issue 13): a client's branding links set through the admin API, past the CLI's
 * schema. The sign-in page renders them as `<a href>`: only http(s) may reach it.
 */
import { CLIENT_ATTRIBUTES } from "@siec/contract";
import { describe, expect, it } from "vitest";
import { appBranding } from "../../theme/src/login/appBranding";
import { webUrl } from "../../theme/src/shared/webUrl";
import type { I18n } from "../../theme/src/login/i18n";
import type { KcContext } from "../../theme/src/login/KcContext";

const i18n = { advancedMsgStr: (text: string) => text } as unknown as I18n;
const signInPageOf = (attributes: Record<string, string>) =>
  ({ client: { clientId: "basa", name: "BASA", attributes } }) as unknown as KcContext;

describe("the app's links on the sign-in page", () => {
  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.test/guide.pdf",
    "not a url",
  ])("are left out when not http(s): %s", (value) => {
    const branding = appBranding(
      signInPageOf({ [CLIENT_ATTRIBUTES.helpGuideUrl]: value, [CLIENT_ATTRIBUTES.legalNoticeUrl]: value }),
      i18n,
    );
    expect(branding).toMatchObject({ name: "BASA", helpGuideUrl: undefined, legalNoticeUrl: undefined });
  });

  it("are kept when http(s)", () => {
    expect(webUrl("https://basa.siec.education.fr/guide.pdf")).toBe("https://basa.siec.education.fr/guide.pdf");
    expect(webUrl("http://localhost:5177/mentions-legales")).toBe("http://localhost:5177/mentions-legales");
  });
});
