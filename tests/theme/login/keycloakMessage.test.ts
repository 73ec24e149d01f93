import { describe, expect, it, vi } from "vitest";
import type { I18n } from "../../../theme/src/login/i18n";
import { isKeycloakMessage } from "../../../theme/src/login/keycloakMessage";
import { loginTranslations } from "../../support/login-translations";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../../support/login-translations"));

/** The page's i18n as Keycloakify's: a key's text with its {0} left as is; "${key}" resolved. */
async function i18nIn(language: "fr" | "en"): Promise<I18n> {
  const texts = (await loginTranslations())[language]!;
  const msgStr = (key: string) => texts[key] ?? "(unknown)";
  return {
    msgStr,
    advancedMsgStr: (text: string) => text.replace(/^\$\{(.+)\}$/, (_, key: string) => msgStr(key)),
  } as unknown as I18n;
}

const error = (summary: string) => ({ type: "error" as const, summary });

describe("recognising Keycloak's message on a page", () => {
  it("recognises the unknown address message as Keycloak formats it, in French and in English", async () => {
    const fr = await i18nIn("fr");
    expect(
      isKeycloakMessage(
        error("Aucun compte du portail n’a l’adresse marie.dupont@ac-creteil.fr."),
        fr,
        "federatedIdentityUnavailableMessage",
      ),
    ).toBe(true);
    const en = await i18nIn("en");
    expect(
      isKeycloakMessage(
        error("No account of the portal has the address o'brien@ac-paris.fr."),
        en,
        "federatedIdentityUnavailableMessage",
      ),
    ).toBe(true);
  });

  it("recognises a message given by its key, as the previews and some Keycloak pages send it", async () => {
    expect(isKeycloakMessage(error("${robotCheckFailedMessage}"), await i18nIn("fr"), "robotCheckFailedMessage")).toBe(
      true,
    );
  });

  it("tells another message apart, even one of the same words around other text", async () => {
    const fr = await i18nIn("fr");
    expect(
      isKeycloakMessage(error("Adresse mail ou mot de passe incorrect."), fr, "federatedIdentityUnavailableMessage"),
    ).toBe(false);
    expect(
      isKeycloakMessage(
        error("Attention : Aucun compte du portail n’a l’adresse x."),
        fr,
        "federatedIdentityUnavailableMessage",
      ),
    ).toBe(false);
    expect(isKeycloakMessage(undefined, fr, "federatedIdentityUnavailableMessage")).toBe(false);
  });

  it("reads the message's text literally (a dot or a bracket is no pattern)", () => {
    const i18n = { msgStr: () => "Code {0} (v1.2)", advancedMsgStr: (text: string) => text } as unknown as I18n;
    expect(isKeycloakMessage(error("Code 42 (v1.2)"), i18n, "robotCheckFailedMessage")).toBe(true);
    expect(isKeycloakMessage(error("Code 42 xv1x2x"), i18n, "robotCheckFailedMessage")).toBe(false);
  });
});

describe("the messages Keycloak formats for the ProConnect pages", () => {
  it("hold no straight apostrophe, which Java's MessageFormat would drop", async () => {
    const translations = await loginTranslations();
    for (const language of ["fr", "en"] as const)
      for (const key of ["federatedIdentityUnavailableMessage", "federatedIdentityConfirmReauthenticateMessage"])
        expect(translations[language]![key], `${language}.${key}`).not.toContain("'");
  });
});
