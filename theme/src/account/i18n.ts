/** Every text of the account space ("Mon compte"), French first. */
const messages = {
  fr: {
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
    personalInfoSaveFailed: "Vos informations n'ont pas été enregistrées : le portail n'a pas pu répondre. Réessayez.",
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
    proConnectTitle: "ProConnect",
    proConnectLinked: "Ce compte est relié à votre identité ProConnect : {0}",
    proConnectLinkedHint:
      "Vous pouvez vous connecter au portail avec ProConnect ou avec votre adresse mail et votre mot de passe.",
    proConnectNotLinked:
      "Ce compte n'est pas relié à ProConnect. Pour le relier, identifiez-vous avec ProConnect depuis la page de connexion du portail.",
    proConnectUnlink: "Délier ProConnect",
    proConnectUnlinkConfirm:
      "Vous ne pourrez plus vous connecter avec ProConnect, mais avec votre adresse mail et votre mot de passe. Pour le relier à nouveau, identifiez-vous avec ProConnect depuis la page de connexion.",
    proConnectUnlinkConfirmButton: "Délier mon compte de ProConnect",
    proConnectUnlinked:
      "ProConnect est délié : connectez-vous désormais avec votre adresse mail et votre mot de passe.",
    proConnectUnlinkRefusedNoPassword:
      "ProConnect n'a pas été délié, car c'est votre seul moyen de vous connecter : ce compte n'a pas de mot de passe. Choisissez d'abord un mot de passe avec « {0} », puis déliez ProConnect.",
    proConnectUnlinkRefused:
      "ProConnect n'a pas été délié : le portail a refusé. Rechargez la page, ou contactez le SIEC.",
    proConnectUnlinkFailed: "ProConnect n'a pas été délié : le portail n'a pas pu répondre. Réessayez.",
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
    devicesSignOutAllFailed: "La déconnexion n'a pas abouti : le portail n'a pas pu répondre. Réessayez.",
    cancel: "Annuler",
    actionDone: "C'est fait.",
    actionDonePassword: "Votre mot de passe a été modifié.",
    actionDoneEmail: "Votre adresse mail a été modifiée.",
    actionDoneOtp: "Votre application d'authentification a été ajoutée.",
    actionDonePasskey: "Votre clé d'accès a été ajoutée.",
    actionDoneSecurityKey: "Votre clé de sécurité a été ajoutée.",
    actionDoneCredentialRemoved:
      "Le second facteur a été supprimé : vous ne pourrez plus l'utiliser pour vous connecter.",
    actionCancelled: "Vous avez annulé : rien n'a été modifié.",
    actionFailed: "L'opération n'a pas abouti. Réessayez.",
    actionFailedCredentialRemoval: "Le second facteur n'a pas été supprimé. Réessayez, ou contactez le SIEC.",
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
    securityRemoveHelp:
      "Pour supprimer un second facteur, le portail vous demande de vous reconnecter, puis de confirmer.",
    establishmentTitle: "Mon établissement",
    establishmentIntro:
      "En tant que compte principal, vous ajoutez les adresses mail de vos collègues à votre établissement et les en retirez.",
    establishmentNone: "Ce compte n'est le compte principal d'aucun établissement.",
    establishmentSection: "Établissement {0}",
    establishmentAccounts: "Comptes de l'établissement {0}",
    establishmentEmail: "Adresse mail",
    establishmentName: "Nom",
    establishmentStatus: "État",
    establishmentAction: "Action",
    establishmentNoName: "Pas encore renseigné",
    establishmentActive: "Actif",
    establishmentPending: "Invitation en attente",
    establishmentDisabled: "Désactivé",
    establishmentPrincipal: "Compte principal",
    establishmentAddTitle: "Ajouter une adresse mail",
    establishmentAddLabel: "Adresse mail de votre collègue",
    establishmentAddHint:
      "Un e-mail est envoyé à votre collègue : s'il n'a pas encore de compte, pour initialiser son mot de passe ; s'il en a déjà un, pour accepter de rejoindre l'établissement. Son nom apparaît ici une fois qu'il l'a fait.",
    establishmentAdd: "Ajouter à l'établissement",
    establishmentAdded: "Invitation envoyée à {0} pour l'établissement {1}.",
    establishmentRemove: "Retirer de l'établissement",
    establishmentRemoveLabel: "Retirer de l'établissement {1} le compte {0}",
    establishmentRemoved: "{0} a été retirée de l'établissement {1}. Son compte reste ouvert.",
    establishmentLeave: "Quitter l'établissement",
    establishmentLeaveLabel: "Quitter l'établissement {0} : vous n'en serez plus compte principal",
    establishmentLeft: "Vous ne faites plus partie de l'établissement {0}. Votre compte reste ouvert.",
    "establishmentRefusal.invalid-email": "Saisissez une adresse mail valide, par exemple prenom.nom@ac-creteil.fr.",
    "establishmentRefusal.refused-by-profile":
      "Le portail n'accepte pas cette adresse pour un compte : vérifiez-la, ou contactez le SIEC.",
    "establishmentRefusal.too-many-changes":
      "Vous avez ajouté ou retiré beaucoup d'adresses en peu de temps : réessayez dans une heure, ou contactez le SIEC.",
    "establishmentRefusal.mail-not-sent":
      "L'invitation est enregistrée, mais l'e-mail n'a pas pu être envoyé : contactez le SIEC.",
    "establishmentRefusal.not-attached": "Cette adresse n'est pas associée à l'établissement.",
    "establishmentRefusal.last-principal":
      "Vous êtes le dernier compte principal de cet établissement : contactez le SIEC.",
    "establishmentRefusal.second-factor-required":
      "En tant que compte principal, ajoutez d'abord une application d'authentification ou une clé d'accès dans « Double authentification ».",
    "establishmentRefusal.other": "Le portail a refusé cette opération. Rechargez la page, ou contactez le SIEC.",
    invitationTitle: "Rejoindre un établissement",
    invitationText: "{0} vous propose de rejoindre l'établissement {1}.",
    invitationWhat:
      "Si vous acceptez, l'établissement est ajouté à votre compte et son compte principal voit votre nom et votre adresse mail. Si vous refusez, rien ne change.",
    invitationAccept: "Rejoindre l'établissement",
    invitationDecline: "Refuser l'invitation",
    invitationAccepted: "Vous faites maintenant partie de l'établissement {0}.",
    invitationDeclined: "Vous avez refusé l'invitation : vous n'êtes pas rattaché à l'établissement {0}.",
    "invitationRefusal.expired":
      "Cette invitation n'est plus valable : elle a expiré, a déjà reçu une réponse ou a été retirée. Demandez au compte principal de votre établissement de vous inviter à nouveau.",
    "invitationRefusal.invitation-for-another-account":
      "Cette invitation a été envoyée à une autre adresse mail. Déconnectez-vous, puis ouvrez à nouveau le lien en vous connectant avec cette adresse.",
    fieldRefused: "Valeur refusée.",
    "error-person-name-invalid-character": "Ce nom contient des caractères non autorisés.",
    // The names' other rule in realm-config/user-profile.yaml: the sign-in pages' words (login/i18n.ts).
    siecPersonNameInvisibleCharacter:
      "Ce nom contient un caractère invisible (de contrôle, ou qui inverse le sens du texte) : retirez-le.",
    "error-invalid-length": "Ce champ est trop long.",
    "error-user-attribute-required": "Ce champ est obligatoire.",
  },
  en: {
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
    personalInfoSaveFailed: "Your details were not saved: the portal could not answer. Try again.",
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
    proConnectTitle: "ProConnect",
    proConnectLinked: "This account is linked to your ProConnect identity: {0}",
    proConnectLinkedHint: "You can sign in to the portal with ProConnect or with your e-mail address and password.",
    proConnectNotLinked:
      "This account is not linked to ProConnect. To link it, sign in with ProConnect from the portal's sign-in page.",
    proConnectUnlink: "Unlink ProConnect",
    proConnectUnlinkConfirm:
      "You will no longer be able to sign in with ProConnect, only with your e-mail address and password. To link it again, sign in with ProConnect from the sign-in page.",
    proConnectUnlinkConfirmButton: "Unlink my account from ProConnect",
    proConnectUnlinked: "ProConnect is unlinked: from now on, sign in with your e-mail address and password.",
    proConnectUnlinkRefusedNoPassword:
      'ProConnect was not unlinked, as it is your only way to sign in: this account has no password. First choose a password with "{0}", then unlink ProConnect.',
    proConnectUnlinkRefused: "ProConnect was not unlinked: the portal refused. Reload the page, or contact the SIEC.",
    proConnectUnlinkFailed: "ProConnect was not unlinked: the portal could not answer. Try again.",
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
    devicesSignOutAllFailed: "You were not signed out: the portal could not answer. Try again.",
    cancel: "Cancel",
    actionDone: "Done.",
    actionDonePassword: "Your password has been changed.",
    actionDoneEmail: "Your e-mail address has been changed.",
    actionDoneOtp: "Your authenticator app has been added.",
    actionDonePasskey: "Your passkey has been added.",
    actionDoneSecurityKey: "Your security key has been added.",
    actionDoneCredentialRemoved: "The second factor has been removed: you can no longer sign in with it.",
    actionCancelled: "You cancelled: nothing was changed.",
    actionFailed: "That did not work. Try again.",
    actionFailedCredentialRemoval: "The second factor was not removed. Try again, or contact the SIEC.",
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
    securityRemoveHelp: "To remove a second factor, the portal asks you to sign in again, then to confirm.",
    establishmentTitle: "My school",
    establishmentIntro:
      "As the main account, you add your colleagues' e-mail addresses to your school and remove them.",
    establishmentNone: "This account is not the main account of any school.",
    establishmentSection: "School {0}",
    establishmentAccounts: "Accounts of school {0}",
    establishmentEmail: "E-mail address",
    establishmentName: "Name",
    establishmentStatus: "Status",
    establishmentAction: "Action",
    establishmentNoName: "Not given yet",
    establishmentActive: "Active",
    establishmentPending: "Invitation pending",
    establishmentDisabled: "Disabled",
    establishmentPrincipal: "Main account",
    establishmentAddTitle: "Add an e-mail address",
    establishmentAddLabel: "Your colleague's e-mail address",
    establishmentAddHint:
      "An e-mail is sent to your colleague: to set a password if they have no account yet; to accept to join the school if they have one. Their name shows here once they have done so.",
    establishmentAdd: "Add to the school",
    establishmentAdded: "Invitation sent to {0} for school {1}.",
    establishmentRemove: "Remove from the school",
    establishmentRemoveLabel: "Remove from the school {1} the account {0}",
    establishmentRemoved: "{0} was removed from school {1}. Its account stays open.",
    establishmentLeave: "Leave the school",
    establishmentLeaveLabel: "Leave the school {0}: you will no longer be its main account",
    establishmentLeft: "You are no longer part of school {0}. Your account stays open.",
    "establishmentRefusal.invalid-email": "Enter a valid e-mail address, for example firstname.lastname@ac-creteil.fr.",
    "establishmentRefusal.refused-by-profile":
      "The portal does not accept this address for an account: check it, or contact the SIEC.",
    "establishmentRefusal.too-many-changes":
      "You added or removed many addresses in a short time: try again in an hour, or contact the SIEC.",
    "establishmentRefusal.mail-not-sent":
      "The invitation is recorded, but the e-mail could not be sent: contact the SIEC.",
    "establishmentRefusal.not-attached": "This address is not attached to the school.",
    "establishmentRefusal.last-principal": "You are the last main account of this school: contact the SIEC.",
    "establishmentRefusal.second-factor-required":
      'As a main account, first add an authenticator app or a passkey in "Two-factor authentication".',
    "establishmentRefusal.other": "The portal refused this. Reload the page, or contact the SIEC.",
    invitationTitle: "Join a school",
    invitationText: "{0} invites you to join school {1}.",
    invitationWhat:
      "If you accept, the school is added to your account and its main account sees your name and e-mail address. If you decline, nothing changes.",
    invitationAccept: "Join the school",
    invitationDecline: "Decline the invitation",
    invitationAccepted: "You are now part of school {0}.",
    invitationDeclined: "You declined the invitation: you are not attached to school {0}.",
    "invitationRefusal.expired":
      "This invitation is no longer valid: it expired, was already answered or was withdrawn. Ask your school's main account to invite you again.",
    "invitationRefusal.invitation-for-another-account":
      "This invitation was sent to another e-mail address. Sign out, then open the link again signing in with that address.",
    fieldRefused: "Value refused.",
    "error-person-name-invalid-character": "This name contains characters that are not allowed.",
    // The names' other rule in realm-config/user-profile.yaml: the sign-in pages' words (login/i18n.ts).
    siecPersonNameInvisibleCharacter:
      "This name contains an invisible character (a control character, or one that reverses the text's direction): remove it.",
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
