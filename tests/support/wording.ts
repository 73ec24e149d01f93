/**
 * What the portal says, as the SIEC user guides word it: the tests' expectations, written once.
 * The theme's i18n is where the portal takes them from; these check that it does.
 */
export const SIGN_IN_TITLE = "Bienvenue sur le portail d'authentification sécurisé de la Maison des examens.";
export const NEW_PASSWORD_TITLE = "Saisissez votre nouveau mot de passe";
export const EMAIL_SENT = "Un e-mail vous a été envoyé.";
/** The whole confirmation of a link request, the same whether the address has an account or not. */
export const NEUTRAL_CONFIRMATION = `${EMAIL_SENT} Si cette adresse correspond à un compte, il contient un lien pour initialiser votre mot de passe.`;
export const RESET_SUBJECT = "Portail d'authentification - Réinitialisation de mot de passe";
/** The security e-mails (Keycloak's `email` event listener): a sign-in method set or changed, or removed. */
export const SECURITY_UPDATE_SUBJECT = "Portail d'authentification - Modification de la sécurité de votre compte";
export const SECURITY_REMOVE_SUBJECT = "Portail d'authentification - Suppression d'un moyen de connexion";
export const SENDER = { address: "ne-pas-repondre@siec.education.fr", name: "SIEC - Maison des examens" };
/** "Je ne suis pas un robot": the box, its status once solved, and the server's refusal. */
export const ROBOT_CHECK_LABEL = "Je ne suis pas un robot";
export const ROBOT_CHECK_SOLVED = "Vérification terminée.";
export const ROBOT_CHECK_FAILED = `La vérification « ${ROBOT_CHECK_LABEL} » a échoué. Réessayez.`;
export const TOTP_SETUP_TITLE = "Configurez une application d'authentification";
export const OTP_TITLE = "Code de vérification";
export const UPDATE_EMAIL_TITLE = "Modifier votre adresse mail";
export const UPDATE_EMAIL_SUBMIT = "Enregistrer";
/** The sign-in pages' account-deletion step (delete-account-confirm.ftl), which the portal never shows. */
export const DELETE_ACCOUNT_TITLE = "Supprimer votre compte";
/** The button that leaves a step the account space sent the person to (Keycloak's doCancel). */
export const CANCEL_STEP = "Annuler";
/** Passkeys: the sign-in page's button, and the sign-in pages' registration step. */
export const PASSKEY_SIGN_IN = "Se connecter avec une clé d'accès";
export const PASSKEY_REGISTER_TITLE = "Enregistrez une clé d'accès";
export const WEBAUTHN_REGISTER_BUTTON = "Enregistrer la clé";
