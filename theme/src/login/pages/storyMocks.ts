import { CLIENT_ATTRIBUTES, PROCONNECT } from "@siec/contract";
import type { Attribute } from "keycloakify/login/KcContext";
import type { KcContext } from "../KcContext";
import { getKcContextMock } from "../getKcContextMock";

/** One preview state of a page; `search` is added to the preview's URL (e.g. a first-connexion marker). */
export type Story = { kcContext: KcContext; search?: string };

type PageId = KcContext["pageId"];
type Overrides<P extends PageId> = Parameters<typeof getKcContextMock<P>>[0]["overrides"];

/** The password policy exactly as Keycloak 26 serializes the SIEC realm's policy on the page. */
export const siecLivePasswordPolicies = {
  length: 12,
  upperCase: 1,
  lowerCase: 1,
  digits: 1,
  specialChars: 1,
  notUsername: true,
  notEmail: true,
  passwordHistory: 5,
};

/** The SIEC user profile's attributes as Keycloak sends them to its profile pages. */
export const profileAttributes: Record<"email" | "birthDate", Attribute> = {
  email: {
    name: "email",
    displayName: "${email}",
    required: true,
    readOnly: false,
    annotations: {},
    validators: {},
    multivalued: false,
    autocomplete: "email",
  },
  birthDate: {
    name: "birthDate",
    displayName: "${birthday}",
    required: true,
    readOnly: false,
    annotations: { inputType: "html5-date" },
    validators: {},
    multivalued: false,
  },
};

/** A sign-in with a security key or a passkey, as Keycloak serves it (the challenge is random). */
export const webAuthnChallenge = {
  challenge: "dGhlLXNpZWMtcG9ydGFsLWNoYWxsZW5nZQ",
  rpId: "connexion.siec.education.fr",
  userVerification: "preferred",
  createTimeout: 0,
} as const;

/** The realm's ProConnect, as Keycloak lists it on the sign-in page. */
export const withProConnect = {
  social: {
    displayInfo: true,
    providers: [
      {
        alias: PROCONNECT.alias,
        providerId: PROCONNECT.providerId,
        displayName: "ProConnect",
        loginUrl: "/realms/siec/broker/proconnect/login?client_id=dexco&tab_id=Xq3p0y1sDfM&session_code=u2Ck9",
      },
    ],
  },
};

const dexco = {
  clientId: "dexco",
  name: "DEXCO",
  description: "Plateforme de dématérialisation des dossiers candidat.",
  attributes: {
    [CLIENT_ATTRIBUTES.helpGuideUrl]: "https://dexco.siec.education.fr/aide-connexion.pdf",
    [CLIENT_ATTRIBUTES.legalNoticeUrl]: "https://dexco.siec.education.fr/mentions-legales",
  },
};

function locale(languageTag: "fr" | "en") {
  return {
    currentLanguageTag: languageTag,
    supported: [
      { languageTag: "fr", label: "Français", url: "?kc_locale=fr" },
      { languageTag: "en", label: "English", url: "?kc_locale=en" },
    ],
  };
}

/** Keycloak's messages under fields; values are message keys as "${key}", resolved by the theme's i18n. */
export function fieldErrors(errors: Record<string, string>): KcContext["messagesPerField"] {
  const get = (fieldName: string) => errors[fieldName] ?? "";
  const existsError = (...fieldNames: string[]) => fieldNames.some((fieldName) => get(fieldName) !== "");
  return {
    get,
    exists: (fieldName) => get(fieldName) !== "",
    existsError: (fieldName, ...others) => existsError(fieldName, ...others),
    printIfExists: (fieldName, text) => (get(fieldName) !== "" ? text : undefined),
    getFirstError: (...fieldNames) => get(fieldNames.find((fieldName) => get(fieldName) !== "") ?? ""),
  };
}

/** A page's mock context as the SIEC realm serves it to DEXCO, in French unless told. */
export function mock<P extends PageId>(
  pageId: P,
  overrides: Overrides<P> = {},
  languageTag: "fr" | "en" = "fr",
): Story {
  const kcContext = getKcContextMock({
    pageId,
    overrides: { client: dexco, locale: locale(languageTag), ...overrides } as Overrides<P>,
  });
  return { kcContext: kcContext as KcContext };
}
