import { z } from "zod";
import { CATALOGUE, type MessageKey } from "./catalogue";
import type { Language } from "./language";
import type { MessageValues, Said } from "./said";

export type { MessageKey } from "./catalogue";
export type { MessageValues, Said } from "./said";
export { chooseLanguage, LANGUAGES, type Language } from "./language";

let current: Language | undefined;

/** Speaks `language` from now on: the catalogue's messages, and zod's own for the schemas' generic errors. runCli chooses it, once. */
export function useLanguage(language: Language): void {
  current = language;
  z.config(language === "fr" ? z.locales.fr() : z.locales.en());
}

/** The run's language; asking before runCli chose one is a bug, and says so. */
export function currentLanguage(): Language {
  if (current === undefined) throw new Error("no language chosen yet: runCli chooses it (tests: messageIn)");
  return current;
}

/** Each `{name}` of `template` replaced by its value; a placeholder without one is a bug, and says so. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`message placeholder ${placeholder} has no value`);
    return String(values[name]);
  });
}

/** The message `key` in `language`, its placeholders filled (a value that is itself a message, said too). */
export function messageIn(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const words = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value !== "object"
        ? value
        : (Array.isArray(value) ? value : [value])
            .map((one: Said) => messageIn(language, one.code, one.values))
            .join("\n"),
    ]),
  );
  return fill(CATALOGUE[language][key], words);
}

/** The message `key` in the run's language, its placeholders filled. */
export function t(key: MessageKey, values?: MessageValues): string {
  return messageIn(currentLanguage(), key, values);
}

/** What an engine said (a code and its values), in the run's language. */
export function say(said: Said): string {
  return t(said.code, said.values);
}

/** `count` with the singular or the plural message: French counts 0 and 1 as singular, English 1 alone. */
export function plural(count: number, one: MessageKey, many: MessageKey, values: MessageValues = {}): string {
  const singular = currentLanguage() === "fr" ? count < 2 : count === 1;
  return t(singular ? one : many, { count, ...values });
}
