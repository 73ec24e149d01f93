/**
 * The header's and footer's texts exist twice by necessity: Keycloakify reads the sign-in pages'
 * texts from theme/src/login/i18n.ts as literals (a spread of a shared object is lost from the
 * messages it writes for Keycloak), and the account space takes them from
 * theme/src/shared/frameMessages.ts. This keeps the two the same.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { themeDir } from "../../build/provider-jars";
import { frameMessages } from "../../theme/src/shared/frameMessages";

const loginSource = readFileSync(join(themeDir, "src", "login", "i18n.ts"), "utf8");
const [frSource, enSource] = loginSource.split(/^\s{4}en: \{$/m);

describe("the portal's header and footer texts", () => {
  for (const [language, source] of [
    ["fr", frSource!],
    ["en", enSource!],
  ] as const) {
    it(`are the same on the sign-in pages and in the account space (${language})`, () => {
      for (const [key, text] of Object.entries(frameMessages[language])) {
        expect(source, key).toContain(`${key}: ${JSON.stringify(text)},`);
      }
    });

    it(`call Keycloak's account console by the account space's name (${language})`, () => {
      const name = JSON.stringify(frameMessages[language].siecAccountSpace);
      expect(source).toContain(`"client_account-console": ${name},`);
    });
  }
});
