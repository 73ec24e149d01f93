import { z } from "zod";
import { coded } from "../messages/said";

const key = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: () => coded("schema.textKey") });
// Keycloak shows these texts in its admin and account consoles and its e-mails: plain text only.
const text = z
  .string()
  .min(1)
  .regex(/^[^<>]*$/, { error: () => coded("schema.plainText") });

/** `texts.yaml`: the realm's own texts, by locale, for what Keycloak shows outside the theme. */
export const textsSchema = z.record(z.enum(["fr", "en"]), z.record(key, text)).superRefine((texts, context) => {
  const locales = Object.keys(texts) as (keyof typeof texts)[];
  const everyKey = new Set(locales.flatMap((locale) => Object.keys(texts[locale] ?? {})));
  for (const locale of locales) {
    for (const missing of [...everyKey].filter((name) => !(name in texts[locale]!))) {
      context.addIssue({
        code: "custom",
        path: [locale],
        message: coded("schema.textMissingIn", { key: missing, locale }),
      });
    }
  }
});

export type Texts = z.output<typeof textsSchema>;
