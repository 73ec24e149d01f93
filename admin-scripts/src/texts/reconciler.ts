import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type Reconciler } from "../resource-kit/reconciler";
import type { Texts } from "./schema";
import { targetOf } from "../resource-kit/names";

type LiveTexts = Record<string, Record<string, string>>;

/** The realm's localization texts: the keys texts.yaml names are set; the others stay. */
export const texts: Reconciler<Texts, LiveTexts> = {
  async read({ api, realm, liveRealm }) {
    if (!liveRealm) return {};
    const locales = await api.realms.getRealmSpecificLocales({ realm });
    const entries = await Promise.all(
      locales.map(async (locale) => [
        locale,
        await api.realms.getRealmLocalizationTexts({ realm, selectedLocale: locale }),
      ]),
    );
    return Object.fromEntries(entries);
  },
  diff(desired, live, realm) {
    return Object.entries(desired).flatMap(([locale, wanted]) => {
      const fields = diffFields(wanted, live[locale], { prefix: locale });
      return changeIfAny(fields, {
        target: targetOf("texts", locale),
        action: live[locale] ? "update" : "create",
        write: async (api) => {
          for (const field of fields) {
            const key = field.path.slice(locale.length + 1);
            await api.realms.addLocalization({ realm, selectedLocale: locale, key }, String(field.after));
          }
        },
      });
    });
  },
  export: (live) => live,
};
