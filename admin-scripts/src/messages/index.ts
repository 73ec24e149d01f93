import { z } from "zod";
import { CATALOGUE, type MessageKey } from "./catalogue";
import { chooseLanguage, type Language } from "./language";

export type { MessageKey } from "./catalogue";
export { chooseLanguage, LANGUAGES, type Language } from "./language";

/** A message's values, put in for its `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;

let current: Language;

/** Speaks `language` from now on: the catalogue's messages, and zod's own for the schemas' generic errors. */
export function useLanguage(language: Language): void {
  current = language;
  z.config(language === "fr" ? z.locales.fr() : z.locales.en());
}

// Until runCli chooses from its own arguments: the process's, so that every part of it (and a test
// reading the catalogue) speaks the language a CLI started with this environment would.
useLanguage(chooseLanguage(process.argv.slice(2), process.env));

export function currentLanguage(): Language {
  return current;
}

/** Each `{name}` of `template` replaced by its value; a placeholder without one is a bug, and says so. */
export function fill(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`message placeholder ${placeholder} has no value`);
    return String(values[name]);
  });
}

/** The message `key` in the run's language, its placeholders filled. */
export function t(key: MessageKey, values?: MessageValues): string {
  return fill(CATALOGUE[current][key], values);
}

/** The message `key` in `language`: tests read the expected wording from the catalogue this way. */
export function messageIn(language: Language, key: MessageKey, values?: MessageValues): string {
  return fill(CATALOGUE[language][key], values);
}

/** `count` with the singular or the plural message: French counts 0 and 1 as singular, English 1 alone. */
export function plural(count: number, one: MessageKey, many: MessageKey, values: MessageValues = {}): string {
  const singular = current === "fr" ? count < 2 : count === 1;
  return t(singular ? one : many, { count, ...values });
}
