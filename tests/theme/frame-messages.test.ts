/**
 * The portal's header and footer texts are written once, in theme/src/shared/frameMessages.ts,
 * and both spaces read them from there (frameMessagesOf). One name stays in the sign-in pages'
 * messages too, because Keycloak formats it server-side: its account console client is named
 * "${client_account-console}", and Keycloakify writes the messages Keycloak reads from
 * theme/src/login/i18n.ts. That name is checked here as the module evaluates it, not as source.
 */
import { describe, expect, it, vi } from "vitest";
import { accountMessages } from "../../theme/src/account/i18n";
import { loginTranslations } from "../support/login-translations";
import { frameMessages, frameMessagesOf } from "../../theme/src/shared/frameMessages";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../support/login-translations"));

describe("the portal's header and footer texts", () => {
  for (const language of ["fr", "en"] as const) {
    it(`call Keycloak's account console by the account space's name (${language})`, async () => {
      const login = (await loginTranslations())[language]!;
      expect(login["client_account-console"]).toBe(frameMessages[language].siecAccountSpace);
    });

    it(`are in neither space's own messages (${language})`, async () => {
      const login = (await loginTranslations())[language]!;
      for (const key of Object.keys(frameMessages[language])) {
        expect(login, key).not.toHaveProperty(key);
        expect(accountMessages[language], key).not.toHaveProperty(key);
      }
    });
  }

  it("are the page's language's, French for a language the portal does not speak", () => {
    expect(frameMessagesOf("en")).toBe(frameMessages.en);
    expect(frameMessagesOf("fr")).toBe(frameMessages.fr);
    expect(frameMessagesOf("de")).toBe(frameMessages.fr);
    expect(frameMessagesOf("constructor")).toBe(frameMessages.fr);
  });
});
