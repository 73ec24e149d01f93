import { i18nBuilder } from "keycloakify/login";
import type { ThemeName } from "../kc.gen";

// The language is the one Keycloak resolves from the realm's locales (default: fr); keycloakify falls back to English only when the realm disables internationalization.
export const { useI18n, ofTypeI18n } = i18nBuilder.withThemeName<ThemeName>().build();

export type I18n = typeof ofTypeI18n;
