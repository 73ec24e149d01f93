/**
 * The texts around every page of the portal (header, skip link, footer), for the sign-in pages'
 * i18n and the account space's: written once, here.
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
