import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { dropFranceConnectLogo } from "../../../theme/vite/withoutFranceConnectLogo";

const connectStylesheet = readFileSync(
  createRequire(import.meta.url).resolve("@codegouvfr/react-dsfr/dsfr/component/connect/connect.main.min.css"),
  "utf8",
);

describe("the DSFR's connect button stylesheet, as the sign-in pages take it", () => {
  it("keeps every rule of the button and draws no logo of its own (ProConnect's comes from a file)", () => {
    const css = dropFranceConnectLogo(connectStylesheet);
    expect(css).not.toContain("data:");
    expect(connectStylesheet.length - css.length).toBeGreaterThan(4000);
    expect(css).toMatch(/\.fr-connect:before\{background-position:50% 50%;[^}]*content:"";/);
    for (const selector of [".fr-connect-group", ".fr-connect__login", ".fr-connect__brand", ".fr-connect:hover"])
      expect(css).toContain(selector);
  });

  it("fails the build when a DSFR version draws the logo another way", () => {
    expect(() => dropFranceConnectLogo('.fr-connect:before{content:""}')).toThrow(/FranceConnect's logo/);
  });
});
