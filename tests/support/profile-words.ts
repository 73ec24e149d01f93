import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { TEST_LANGUAGE } from "./cli-messages";

type Language = "fr" | "en";

/**
 * Keycloak's own words for the rules of the realm's user profile the tests meet, as the portal's
 * login theme has them (Keycloak's messages with Keycloakify's, 26.7): what its sign-in pages say,
 * and siec-profile-check says to operators.
 */
const KEYCLOAK_WORDS: Record<Language, Record<string, string>> = {
  fr: {
    "error-invalid-email": "Courriel invalide.",
    "error-invalid-length-too-long": "La longueur maximale est {2}.",
    "error-user-attribute-required": "Veuillez renseigner ce champ.",
  },
  en: {
    "error-invalid-email": "Invalid email address.",
    "error-invalid-length-too-long": "Maximal length is {2}.",
    "error-user-attribute-required": "Please specify this field.",
  },
};

/** The realm's own texts (realm-config/texts.yaml): the user profile names them `${key}`. */
const REALM_TEXTS = parse(readFileSync(new URL("../../realm-config/texts.yaml", import.meta.url), "utf8")) as Record<
  Language,
  Record<string, string>
>;

/**
 * How the server says the user profile's refusal `key` in `language` (the tests'): the portal
 * theme's words when `theme` (its messages in that language) has the key, the realm's texts for a
 * `${key}`, else Keycloak's; `{n}` given `parameters` (the attribute's name first).
 */
export function serverSays(
  key: string,
  parameters: string[] = [],
  theme: Record<string, string> = {},
  language: Language = TEST_LANGUAGE,
): string {
  const realmKey = key.match(/^\$\{(.+)\}$/)?.[1];
  const words =
    theme[key] ?? (realmKey === undefined ? KEYCLOAK_WORDS[language][key] : REALM_TEXTS[language][realmKey]);
  if (words === undefined) throw new Error(`no words known for ${key} in ${language}`);
  return words.replace(/\{(\d+)\}/g, (placeholder, index: string) => parameters[Number(index)] ?? placeholder);
}
