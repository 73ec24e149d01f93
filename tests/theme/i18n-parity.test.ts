/**
 * French and English say the same things: the account space's messages (theme/src/account/i18n.ts)
 * and the sign-in pages' custom translations (theme/src/login/i18n.ts) have exactly the same keys
 * in both languages, none empty. The login theme's translations are taken as Keycloakify's
 * i18nBuilder receives them: its withCustomTranslations is replaced here by one that keeps them.
 */
import { describe, expect, it, vi } from "vitest";
import { accountMessages } from "../../theme/src/account/i18n";
import { loginTranslations } from "../support/login-translations";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../support/login-translations"));

/** The keys one language has and the other lacks. */
function differences(messages: Record<string, Record<string, string>>) {
  const fr = Object.keys(messages.fr ?? {});
  const en = Object.keys(messages.en ?? {});
  return { onlyInFrench: fr.filter((key) => !en.includes(key)), onlyInEnglish: en.filter((key) => !fr.includes(key)) };
}

const empty = (messages: Record<string, Record<string, string>>) =>
  Object.entries(messages).flatMap(([language, texts]) =>
    Object.entries(texts)
      .filter(([, text]) => text.trim() === "")
      .map(([key]) => `${language}.${key}`),
  );

describe("the theme's two languages", () => {
  it("are French and English, with the same keys, in the account space", () => {
    expect(Object.keys(accountMessages).sort()).toEqual(["en", "fr"]);
    expect(Object.keys(accountMessages.fr).length).toBeGreaterThan(50);
    expect(differences(accountMessages)).toEqual({ onlyInFrench: [], onlyInEnglish: [] });
    expect(empty(accountMessages)).toEqual([]);
  });

  it("are French and English, with the same keys, on the sign-in pages", async () => {
    const translations = await loginTranslations();
    expect(Object.keys(translations).sort()).toEqual(["en", "fr"]);
    expect(Object.keys(translations.fr!).length).toBeGreaterThan(50);
    expect(differences(translations)).toEqual({ onlyInFrench: [], onlyInEnglish: [] });
    expect(empty(translations)).toEqual([]);
  });

  it("would tell a key missing from one language (the check itself)", () => {
    expect(differences({ fr: { a: "un", b: "deux" }, en: { a: "one", c: "three" } })).toEqual({
      onlyInFrench: ["b"],
      onlyInEnglish: ["c"],
    });
  });
});
