import { frameMessages } from "../shared/frameMessages";

/** Every text of the account space ("Mon compte"), French first. */
const messages = {
  fr: {
    ...frameMessages.fr,
    accountTitle: "Mon compte",
    accountMenu: "Dans mon compte",
    accountMenuButton: "Dans mon compte",
    accountSignOut: "Se déconnecter",
    accountLoading: "Chargement…",
    accountLoadFailed: "Le portail n'a pas pu répondre. Rechargez la page pour réessayer.",
    accountBackToApp: "Retour à {0}",
    accountNever: "jamais",
    personalInfoTitle: "Mes informations",
    personalInfoNames: "Mon nom",
    personalInfoFirstName: "Prénom",
    personalInfoLastName: "Nom",
    personalInfoSave: "Enregistrer",
    personalInfoSaved: "Vos informations ont été enregistrées.",
    personalInfoRefused: "Vos informations n'ont pas été enregistrées : corrigez les champs signalés.",
    personalInfoEmail: "Adresse mail",
    personalInfoEmailHint:
      "Pour la changer, vous recevrez un lien de confirmation à la nouvelle adresse ; elle ne change qu'une fois le lien suivi.",
    personalInfoEmailChange: "Modifier mon adresse mail",
    personalInfoEmailByOperators: "Pour la changer, contactez le SIEC.",
    personalInfoSchools: "Mes établissements",
    personalInfoSchoolsHint: "Codes UAI des établissements pour lesquels vous travaillez, attribués par le SIEC.",
    personalInfoNoSchool: "Aucun établissement n'est associé à ce compte.",
    passwordTitle: "Mot de passe",
    passwordLastChange: "Dernière modification : {0}",
    passwordChangeIntro:
      "Vous choisirez votre nouveau mot de passe sur la page suivante, qui affiche les règles à respecter. Vous devrez peut-être saisir à nouveau votre mot de passe actuel.",
    passwordChange: "Modifier mon mot de passe",
    appsTitle: "Mes applications",
    appsIntro: "Les applications du SIEC que ce compte peut utiliser avec le portail.",
    appsNone: "Aucune application n'est ouverte à ce compte. Contactez le SIEC si vous devez en utiliser une.",
    appsOpen: "Ouvrir {0}",
    appsHelpGuide: "Guide d'utilisation de {0}",
    devicesTitle: "Appareils et sessions",
    devicesIntro: "Les appareils sur lesquels vous êtes connecté au portail.",
    devicesThisOne: "Cet appareil",
    devicesUnknown: "Appareil inconnu",
    devicesLastAccess: "Dernière activité : {0}",
    devicesStarted: "Connecté depuis le {0}",
    devicesAddress: "Adresse IP : {0}",
    devicesApps: "Applications : {0}",
    devicesSignOutAll: "Se déconnecter de tous les appareils",
    devicesSignOutAllConfirm:
      "Vous serez déconnecté du portail et de toutes les applications du SIEC, sur tous vos appareils, y compris celui-ci.",
    devicesSignOutAllConfirmButton: "Me déconnecter partout",
    cancel: "Annuler",
    actionDone: "C'est fait.",
    actionDonePassword: "Votre mot de passe a été modifié.",
    actionDoneEmail: "Votre adresse mail a été modifiée.",
    actionDoneOtp: "Votre application d'authentification a été ajoutée.",
    actionDonePasskey: "Votre clé d'accès a été ajoutée.",
    actionDoneSecurityKey: "Votre clé de sécurité a été ajoutée.",
    actionCancelled: "Vous avez annulé : rien n'a été modifié.",
    actionFailed: "L'opération n'a pas abouti. Réessayez.",
    securityTitle: "Double authentification",
    securityIntro:
      "Un second facteur protège votre compte même si votre mot de passe est découvert : après le mot de passe, le portail demande un code de votre application d'authentification ou votre clé d'accès.",
    securityOtpTitle: "Application d'authentification",
    securityOtpHelp: "Un code à 6 chiffres, renouvelé toutes les 30 secondes, sur votre téléphone.",
    securityOtpAdd: "Ajouter une application d'authentification",
    securityPasskeyTitle: "Clés d'accès (passkeys)",
    securityPasskeyHelp: "Votre téléphone, votre ordinateur ou une clé de sécurité vous connecte sans mot de passe.",
    securityPasskeyAdd: "Ajouter une clé d'accès",
    securitySecurityKeyTitle: "Clés de sécurité",
    securitySecurityKeyHelp: "Une clé de sécurité, demandée après le mot de passe.",
    securitySecurityKeyAdd: "Ajouter une clé de sécurité",
    securityNone: "Aucune pour l'instant.",
    securityUnnamed: "Sans nom",
    securityAdded: "Ajoutée le {0}",
    securityRemove: "Supprimer",
    securityRemoveLabel: "Supprimer « {0} »",
    securityRemoveConfirm: "Supprimer « {0} » ? Vous ne pourrez plus l'utiliser pour vous connecter.",
    securityRemoveConfirmButton: "Supprimer",
    securityRemoved: "« {0} » a été supprimée.",
    fieldRefused: "Valeur refusée.",
    "error-person-name-invalid-character": "Ce nom contient des caractères non autorisés.",
    "error-invalid-length": "Ce champ est trop long.",
    "error-user-attribute-required": "Ce champ est obligatoire.",
  },
  en: {
    ...frameMessages.en,
    accountTitle: "My account",
    accountMenu: "In my account",
    accountMenuButton: "In my account",
    accountSignOut: "Sign out",
    accountLoading: "Loading…",
    accountLoadFailed: "The portal could not answer. Reload the page to try again.",
    accountBackToApp: "Back to {0}",
    accountNever: "never",
    personalInfoTitle: "My details",
    personalInfoNames: "My name",
    personalInfoFirstName: "First name",
    personalInfoLastName: "Last name",
    personalInfoSave: "Save",
    personalInfoSaved: "Your details have been saved.",
    personalInfoRefused: "Your details were not saved: correct the fields shown.",
    personalInfoEmail: "E-mail address",
    personalInfoEmailHint:
      "To change it, you will receive a confirmation link at the new address; it changes only once the link is followed.",
    personalInfoEmailChange: "Change my e-mail address",
    personalInfoEmailByOperators: "To change it, contact the SIEC.",
    personalInfoSchools: "My schools",
    personalInfoSchoolsHint: "UAI codes of the schools you work for, given by the SIEC.",
    personalInfoNoSchool: "No school is attached to this account.",
    passwordTitle: "Password",
    passwordLastChange: "Last changed: {0}",
    passwordChangeIntro:
      "You will choose your new password on the next page, which shows the rules to follow. You may be asked for your current password again.",
    passwordChange: "Change my password",
    appsTitle: "My applications",
    appsIntro: "The SIEC applications this account can use with the portal.",
    appsNone: "No application is open to this account. Contact the SIEC if you need one.",
    appsOpen: "Open {0}",
    appsHelpGuide: "User guide of {0}",
    devicesTitle: "Devices and sessions",
    devicesIntro: "The devices where you are signed in to the portal.",
    devicesThisOne: "This device",
    devicesUnknown: "Unknown device",
    devicesLastAccess: "Last active: {0}",
    devicesStarted: "Signed in since {0}",
    devicesAddress: "IP address: {0}",
    devicesApps: "Applications: {0}",
    devicesSignOutAll: "Sign out of every device",
    devicesSignOutAllConfirm:
      "You will be signed out of the portal and of every SIEC application, on all your devices, this one included.",
    devicesSignOutAllConfirmButton: "Sign me out everywhere",
    cancel: "Cancel",
    actionDone: "Done.",
    actionDonePassword: "Your password has been changed.",
    actionDoneEmail: "Your e-mail address has been changed.",
    actionDoneOtp: "Your authenticator app has been added.",
    actionDonePasskey: "Your passkey has been added.",
    actionDoneSecurityKey: "Your security key has been added.",
    actionCancelled: "You cancelled: nothing was changed.",
    actionFailed: "That did not work. Try again.",
    securityTitle: "Two-factor authentication",
    securityIntro:
      "A second factor protects your account even if your password is found out: after the password, the portal asks for a code from your authenticator app or for your passkey.",
    securityOtpTitle: "Authenticator app",
    securityOtpHelp: "A 6-digit code, renewed every 30 seconds, on your phone.",
    securityOtpAdd: "Add an authenticator app",
    securityPasskeyTitle: "Passkeys",
    securityPasskeyHelp: "Your phone, your computer or a security key signs you in without a password.",
    securityPasskeyAdd: "Add a passkey",
    securitySecurityKeyTitle: "Security keys",
    securitySecurityKeyHelp: "A security key, asked for after the password.",
    securitySecurityKeyAdd: "Add a security key",
    securityNone: "None yet.",
    securityUnnamed: "Unnamed",
    securityAdded: "Added on {0}",
    securityRemove: "Remove",
    securityRemoveLabel: "Remove “{0}”",
    securityRemoveConfirm: "Remove “{0}”? You will no longer be able to sign in with it.",
    securityRemoveConfirmButton: "Remove",
    securityRemoved: "“{0}” has been removed.",
    fieldRefused: "Value refused.",
    "error-person-name-invalid-character": "This name contains characters that are not allowed.",
    "error-invalid-length": "This field is too long.",
    "error-user-attribute-required": "This field is required.",
  },
} as const;

export type MessageKey = keyof (typeof messages)["fr"];
export type Language = keyof typeof messages;

export type AccountI18n = {
  languageTag: Language;
  msg: (key: MessageKey, ...args: string[]) => string;
  /** A Keycloak message key (a refusal), or the generic text when the account space has none. */
  refusal: (key: string) => string;
  date: (epochMs: number) => string;
};

export function accountI18n(languageTag: string): AccountI18n {
  const language: Language = languageTag in messages ? (languageTag as Language) : "fr";
  const dictionary: Record<string, string> = messages[language];
  const format = new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
  });
  const msg = (key: string, ...args: string[]) =>
    (dictionary[key] ?? key).replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? "");
  return {
    languageTag: language,
    msg,
    refusal: (key) => msg(key in dictionary ? key : "fieldRefused"),
    date: (epochMs) => format.format(new Date(epochMs)),
  };
}

/** The parity of the two languages is checked by the tests. */
export const accountMessages = messages;
