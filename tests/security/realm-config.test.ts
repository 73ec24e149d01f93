/**
 * Attack tests (issue 7), without a server: what realm-config/ refuses before anything reaches
 * Keycloak. An app's links (help guide, legal notice) are rendered as `<a href>` by the theme, so
 * a `javascript:` or `data:` URL there would be a script one click away.
 */
import { describe, expect, it } from "vitest";
import { clientSchema } from "../../admin-scripts/src/clients/schema";
import { loadRealmConfig } from "@siec/admin-scripts";
import { realmConfigDir } from "../../stack/realm";

const app = {
  clientId: "app",
  name: "App",
  type: "public",
  pkce: "S256",
  rootUrl: "https://app.example.org",
  redirectUris: ["https://app.example.org/"],
  webOrigins: ["https://app.example.org"],
  branding: { helpGuideUrl: "https://app.example.org/guide.pdf" },
};

describe("a client of realm-config/clients/", () => {
  it("is accepted with web addresses (the control case)", () => {
    expect(clientSchema.safeParse(app).success).toBe(true);
  });

  it.each([
    ["branding.helpGuideUrl", { branding: { helpGuideUrl: "javascript:alert(document.cookie)" } }],
    ["branding.legalNoticeUrl", { branding: { legalNoticeUrl: "data:text/html,<script>alert(1)</script>" } }],
    ["rootUrl", { rootUrl: "javascript:alert(1)//" }],
    ["webOrigins", { webOrigins: ["javascript:alert(1)"] }],
    ["redirectUris", { redirectUris: ["javascript:alert(1)//app.example.org/"] }],
    ["redirectUris (wildcard)", { redirectUris: ["https://app.example.org/*"] }],
    ["postLogoutRedirectUris", { postLogoutRedirectUris: ["data:text/html,x"] }],
  ])("refuses a script URL or a wildcard in %s", (_field, change) => {
    expect(clientSchema.safeParse({ ...app, ...change }).success).toBe(false);
  });

  it("refuses a public client without PKCE S256", () => {
    expect(clientSchema.safeParse({ ...app, pkce: undefined }).success).toBe(false);
  });

  it("the project's realm-config/ passes these rules", async () => {
    const config = await loadRealmConfig(realmConfigDir, {});
    expect(config.clients.length).toBeGreaterThan(0);
  });
});
