/**
 * The texts around every page of the portal (header, skip link, footer, the pages' titles): the
 * sign-in pages and the account space both read them here, through frameMessagesOf, and nowhere
 * else. Keycloak never formats them (no template or server message names them), so they are not
 * in the sign-in pages' messages that Keycloakify writes into the jar; the one server-side name
 * of the account space, `client_account-console`, is (theme/src/login/i18n.ts, checked equal to
 * `siecAccountSpace` by tests/theme/frame-messages.test.ts).
 */
export const frameMessages = {
  fr: {
    siecServiceTitle: "Portail d'authentification",
    siecServiceTagline: "Maison des examens — Service Interacadémique des Examens & Concours",
    siecAcademies: "Académies de Créteil, Paris, Versailles",
    siecHomeLinkTitle: "Accueil — Portail d'authentification",
    siecSkipToContent: "Contenu",
    siecPersonalData: "Données personnelles",
    siecCookies: "Gestion des cookies",
    siecAccountSpace: "Mon compte",
  },
  en: {
    siecServiceTitle: "Authentication portal",
    siecServiceTagline: "Maison des examens — Inter-academic Examinations & Competitions Service",
    siecAcademies: "Academies of Créteil, Paris, Versailles",
    siecHomeLinkTitle: "Home — Authentication portal",
    siecSkipToContent: "Content",
    siecPersonalData: "Personal data",
    siecCookies: "Cookie management",
    siecAccountSpace: "My account",
  },
} as const;

export type FrameMessages = Record<keyof (typeof frameMessages)["fr"], string>;

/** The frame's texts in the page's language; French for a language the portal does not speak. */
export function frameMessagesOf(languageTag: string): FrameMessages {
  return Object.hasOwn(frameMessages, languageTag)
    ? frameMessages[languageTag as keyof typeof frameMessages]
    : frameMessages.fr;
}
