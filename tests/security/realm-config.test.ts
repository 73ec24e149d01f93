/**
 * Attack tests (issue 7), without a server: what realm-config/ refuses before anything reaches
 * Keycloak. An app's links (help guide, legal notice) are rendered as `<a href>` by the theme, so
 * a `javascript:` or `data:` URL there would be a script one click away.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientSchema } from "../../admin-scripts/src/clients/schema";
import { InvalidRealmConfig, loadRealmConfig } from "@siec/admin-scripts";
import { realmConfigDir } from "../../stack/realm";
import { realmConfigCopy } from "../support/realm-config";

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

describe("a realm-config file", () => {
  it("holding a YAML alias bomb (billion laughs) is refused with a clear error naming it, not a stack trace", async () => {
    const directory = await realmConfigCopy("alias-bomb");
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
    }
    await writeFile(path.join(directory, "roles.yaml"), `${levels.join("\n")}\n`);
    const loading = loadRealmConfig(directory, {});
    await expect(loading).rejects.toThrow(InvalidRealmConfig);
    await expect(loadRealmConfig(directory, {})).rejects.toThrow(/roles\.yaml:1: invalid YAML: .*too many aliases/);
  });
});
