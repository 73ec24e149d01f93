/**
 * The sign-in pages' custom translations (theme/src/login/i18n.ts) as Keycloakify's i18nBuilder
 * receives them: a test file replaces the builder with this module's, then reads them.
 *
 *   vi.mock("keycloakify/login/i18n/noJsx", () => import("../support/login-translations"));
 */
type Translations = Record<string, Record<string, string>>;

let received: Translations | undefined;

const builder = {
  withThemeName: () => builder,
  withExtraLanguages: () => builder,
  withCustomTranslations: (translations: Translations) => {
    received = translations;
    return builder;
  },
  build: () => ({ getI18n: () => undefined, ofTypeI18n: undefined }),
};

export const i18nBuilder = builder;

/** Each language's custom translations of the sign-in pages. */
export async function loginTranslations(): Promise<Translations> {
  await import("../../theme/src/login/i18n");
  if (!received) throw new Error("theme/src/login/i18n.ts was loaded without the mocked builder: vi.mock it first");
  return received;
}
