/**
 * The CLI's language: French first, for the SIEC's operators; English when asked for by `--lang`
 * or by the locale (LC_ALL, then LC_MESSAGES, then LANG, as gettext reads them).
 */
export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const FALLBACK: Language = "fr";

/** The language a locale names (`en_GB.UTF-8` → en), or undefined for another one (C, POSIX, de_DE…). */
function languageOfLocale(locale: string | undefined): Language | undefined {
  const language = locale?.split(/[_.@-]/)[0]?.toLowerCase();
  return LANGUAGES.find((known) => known === language);
}

/** `--lang en` or `--lang=en` anywhere on the command line, before the program that reads it is built. */
export function requestedLanguage(argv: readonly string[]): string | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument === "--") return undefined;
    if (argument === "--lang") return argv[index + 1];
    if (argument.startsWith("--lang=")) return argument.slice("--lang=".length);
  }
  return undefined;
}

/**
 * The language of a run: `--lang` if given (an unknown one is refused by the option itself), else
 * the first locale variable set, else French. An empty variable counts as unset, as for gettext.
 */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  const asked = languageOfLocale(requestedLanguage(argv));
  if (asked) return asked;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return languageOfLocale(locale) ?? FALLBACK;
}
