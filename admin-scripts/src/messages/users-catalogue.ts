/**
 * The messages of `siec-portail users …`: accounts files, imports, invitations, inactive accounts,
 * comptes principaux. Joined to the rest in catalogue.ts, which refuses a key given twice.
 */
export const fr = {
  "users.description": "les comptes : import en masse, invitations, liste, comptes inactifs",
  "users.option.rate": "invitations par seconde, au plus",
  "users.failed": "  échec : {email} : {message}",
  "users.noAccount": "Aucun compte n'a l'adresse {email}.",

  // users import
  "import.description":
    "crée et met à jour des comptes depuis un fichier CSV (email;nom;prénom;établissement;applications;principal)",
  "import.option.dryRun": "montre ce qui serait créé, modifié ou laissé tel quel ; n'écrit rien",
  "import.option.skipInvalid": "importe les lignes valides et écrit les autres dans --rejected",
  "import.option.rejected": "où --skip-invalid écrit les lignes refusées (par défaut : <fichier>.rejected.csv)",
  "import.option.invite": "envoie l'e-mail de première connexion à chaque nouveau compte",
  "import.option.temporaryPassword":
    "donne à chaque nouveau compte un mot de passe temporaire, écrit dans --passwords-file seulement",
  "import.option.passwordsFile":
    "le fichier des mots de passe temporaires, lisible par vous seul (par défaut : temporary-passwords-<date>.csv)",
  "import.option.report": "écrit le compte rendu de l'import en JSON",
  "import.inviteOrPassword": "Choisissez --invite ou --temporary-password, pas les deux.",
  "import.rejectedWritten":
    "{count} ligne(s) refusée(s), écrite(s) avec leur erreur dans {file} : corrigez-les, puis importez ce fichier.",
  "import.plan":
    "{file} ({encoding}, « {separator} ») : {create} à créer, {update} à modifier, {unchanged} inchangé(s){rejected}.",
  "import.planRejected": ", {count} refusée(s)",
  "import.willCreate": "  + {email}",
  "import.willUpdate": "  ~ {email} ({columns})",
  "import.summary":
    "Créés : {created}, modifiés : {updated}, inchangés : {unchanged}, invités : {invited}, refusés : {rejected}, en échec : {failed}{notInvited}.",
  "import.summaryNotInvited": ", non invités : {count}",
  "import.passwords": "Mots de passe temporaires : {file} (lisible par vous seul){reused}.",
  "import.passwordsReused": " ; {count} repris de ce fichier, où une exécution précédente les avait écrits",
  "import.accountsFailed":
    "{count} compte(s) en échec : relancez le même import pour les réessayer (rien n'est fait deux fois).",
  "import.interrupted":
    "{reason}\nL'import s'est arrêté : relancez le même import. Les comptes déjà créés restent tels quels, rien n'est fait deux fois.",

  // Progress
  "progress.accounts": "Comptes",
  "progress.invitations": "Invitations",
  "progress.warnings": "Avertissements",
  "progress.remaining": "reste",

  // users invite
  "invite.description": "envoie (ou renvoie) l'e-mail de première connexion",
  "invite.option.file": "les comptes d'un fichier CSV, comme pour import",
  "invite.option.pending":
    "chaque compte dont l'e-mail n'a jamais été envoyé (après une panne du serveur de messagerie, par exemple)",
  "invite.whom": "Dites qui inviter : des adresses e-mail, --file <fichier> ou --pending.",
  "invite.summary": "Invitations envoyées : {sent}, en échec : {failed}{notTried}.",
  "invite.summaryNotTried": ", non tentées : {count}",
  "invite.notSent":
    "{count} invitation(s) non envoyée(s).{stopped} Ces comptes restent « invitation-pending » : lancez `siec-portail users invite --pending` quand le serveur de messagerie répondra.",
  "invite.stopped":
    " Les {inARow} dernières ont échoué à la suite, alors {count} autre(s) n'ont pas été tentée(s) : voyez les erreurs ci-dessus (le plus souvent, le serveur de messagerie ne répond pas).",

  // users list, export, show, enable, disable, delete
  "filter.app": "les comptes qui ouvrent cette application",
  "filter.etablissement": "les comptes de cet établissement (code UAI)",
  "filter.status":
    "les comptes de ce statut : actif, désactivé, ou invitation en attente (pas encore de mot de passe personnel : invitation ou mot de passe temporaire)",
  "list.description": "liste les comptes",
  "list.count": "{count} compte(s).",
  "export.users.description": "écrit les comptes dans un fichier CSV qu'import relit",
  "export.users.option.out": "le fichier (par défaut : la sortie standard)",
  "show.description": "un compte en détail",
  "show.email": "e-mail",
  "show.name": "nom",
  "show.etablissements": "établissements",
  "show.applications": "applications",
  "show.principal": "compte principal de",
  "show.status": "statut",
  "show.invitation": "invitation",
  "enable.description": "réactive des comptes : ils peuvent de nouveau se connecter",
  "disable.description": "désactive des comptes : ils ne peuvent plus se connecter",
  "enable.done": "{email} : réactivé",
  "disable.done": "{email} : désactivé",
  "delete.description": "supprime des comptes, après confirmation",
  "delete.confirm": "Supprimer définitivement {count} compte(s) : {emails} ?",
  "delete.declined": "Rien n'a été supprimé.",
  "delete.done": "{email} : supprimé",

  // Accounts files
  "csv.where": "{file} : ligne {line}{column}{value} : {message}",
  "csv.whereColumn": ", colonne {column}",
  "csv.whereValue": ", valeur « {value} »",
  "csv.whereLongValue": ", valeur « {value}… » ({length} caractères)",
  "csv.utf16": "le fichier est en UTF-16 : enregistrez-le depuis le tableur en « CSV UTF-8 » (ou en CSV)",
  "csv.empty": "le fichier est vide : il faut une ligne d'en-tête (email;nom;prénom;…) puis une ligne par compte",
  "csv.noSeparator": "la ligne d'en-tête n'a pas de séparateur : les colonnes sont séparées par ; ou par ,",
  "csv.unreadable": "le CSV ne peut pas être lu : {reason}",
  "csv.unknownColumn": "colonne inconnue ; les colonnes sont {columns}",
  "csv.columnTwice": "la colonne {column} est donnée deux fois (aussi sous le nom « {other} »)",
  "csv.missingColumn": "la colonne {column} manque",
  "csv.noAccount": "le fichier a une ligne d'en-tête mais aucun compte",
  "row.emailRequired": "l'adresse e-mail est obligatoire : elle identifie le compte",
  "row.sameAccount": "le même compte est déjà à la ligne {line}",
  "row.unknownApplication": "application inconnue ; les applications sont {applications}",
  "row.principalOutsideEtablissements": "un compte n'est compte principal que de l'un de ses établissements",
  "row.refusedByProfile": "refusé par le profil utilisateur du royaume ({rule}) : {reason}",

  // The realm's user profile, checked by the server before any write
  "profileCheck.refused":
    "Keycloak n'a pas vérifié les comptes avec le profil utilisateur du royaume {realm} (l'extension du portail répond-elle ?) : HTTP {status} {body}",

  // Temporary passwords
  "passwords.impossible":
    "Aucun mot de passe temporaire n'a pu être fait qui respecte la politique de mots de passe du royaume : {policy}",
  "passwords.untrusted":
    "{file} existe déjà et {problem} : aucun mot de passe n'y est pris. Choisissez un autre --passwords-file, ou déplacez ce fichier.",
  "passwords.symbolicLink": "c'est un lien symbolique",
  "passwords.notAFile": "ce n'est pas un fichier ordinaire",
  "passwords.otherOwner": "il appartient à un autre utilisateur (uid {uid})",
  "passwords.openMode": "ses droits sont {mode} et non 0600 : d'autres ont pu le lire ou l'écrire",

  // What Keycloak refused
  "directory.refused": "Keycloak a refusé l'annuaire des comptes du royaume {realm} : HTTP {status} {body}",
  "directory.noExtension":
    "Keycloak ne sert pas l'annuaire des comptes du royaume {realm} (HTTP 404) : installez l'extension du portail (siec-extension.jar, `npm run build:theme`) dans ses providers.",
  "warning.refused": "Keycloak a répondu {status} : {body}",

  // users principal
  "principal.description":
    "fait d'un compte le compte principal de l'un de ses établissements : il y ajoute ses collègues",
  "principal.option.remove": "n'est plus le compte principal de cet établissement",
  "principal.made": "{email} : désormais compte principal de {uai}.",
  "principal.already": "{email} : déjà compte principal de {uai} ; rien n'a changé.",
  "principal.removed": "{email} : n'est plus compte principal de {uai}.",
  "principal.wasNot": "{email} : n'est pas compte principal de {uai} ; rien n'a changé.",
  "principal.notAUai": "{uai} n'est pas un code UAI : 7 chiffres et une lettre, par exemple 0751234A.",
  "principal.notAttached":
    "{email} n'est pas rattaché à {uai} (ses établissements : {etablissements}) : rattachez-le d'abord (users import).",
  "principal.none": "aucun",

  // users list|disable|delete --inactive-since
  "inactive.option.inactiveSince":
    "les comptes sans connexion depuis cette durée (jamais connectés : depuis leur création), par exemple 365d",
  "inactive.option.warn":
    "prévient d'abord les titulaires par e-mail que le compte sera désactivé dans ce délai (par exemple 30d) ; ne désactive que ceux prévenus depuis au moins ce délai",
  "inactive.option.dryRun": "montre qui serait prévenu, désactivé ou supprimé, et pourquoi ; n'écrit rien",
  "inactive.badDuration":
    "{option} « {value} » : écrivez un nombre de jours, d'heures, de minutes ou de secondes, comme « 365d »",
  "inactive.warnTooShort":
    "Le délai de --warn est d'au moins un jour (« 1d ») : l'e-mail donne un jour avant lequel se connecter.",
  "inactive.emailsOrInactive": "Donnez des adresses e-mail ou --inactive-since <durée>, pas les deux.",
  "inactive.noAccounts": "Dites quels comptes : des adresses e-mail, ou --inactive-since <durée>.",
  "inactive.needsInactiveSince": "--warn et --dry-run vont avec --inactive-since <durée>.",
  "inactive.lastSignedIn": "dernière connexion le {day}",
  "inactive.neverSignedIn": "jamais connecté, créé le {day}",
  "inactive.warnedOn": "prévenu le {day}",
  "inactive.heading": "{count} compte(s) sans connexion depuis {since} (avant le {day}).",
  "inactive.toDisable": "À désactiver : {count}",
  "inactive.toDelete": "À supprimer : {count}",
  "inactive.toWarn": "À prévenir par e-mail (désactivation le {day}) : {count}",
  "inactive.waiting": "Prévenus récemment, on attend : {count}",
  "inactive.waitingUntil": "désactivé à partir du {day}",
  "inactive.operators":
    "Laissés de côté, les gestionnaires du SIEC (rôle gestionnaire ; nommez-les à `users disable` ou `users delete`) : {count}",
  "inactive.dryRun": "Essai à blanc : rien n'a été écrit.",
  "inactive.nothingToDo": "Rien à faire.",
  "inactive.confirm": "{actions} ?",
  "inactive.confirmWarn": "Prévenir par e-mail {count} titulaire(s) de compte",
  "inactive.confirmDisable": "désactiver {count} compte(s)",
  "inactive.confirmDelete": "supprimer définitivement {count} compte(s)",
  "inactive.declined": "Rien n'a été fait.",
  "inactive.warned": "Prévenus : {done}, en échec : {failed}.",
  "inactive.disabled": "Désactivés : {done}, en échec : {failed}.",
  "inactive.deleted": "Supprimés : {done}, en échec : {failed}.",
  "inactive.runAgain":
    "{count} compte(s) en échec : relancez la même commande pour les réessayer (ce qui a été fait ne l'est pas deux fois).",
  "inactive.operatorColumn": "gestionnaire",
} as const;

export const en: Record<keyof typeof fr, string> = {
  "users.description": "accounts: bulk import, invitations, listing, inactive accounts",
  "users.option.rate": "invitations per second at most",
  "users.failed": "  failed: {email}: {message}",
  "users.noAccount": "No account with the e-mail {email}.",

  "import.description":
    "create and update accounts from a CSV file (email;nom;prénom;établissement;applications;principal)",
  "import.option.dryRun": "show what would be created, updated and left unchanged; write nothing",
  "import.option.skipInvalid": "import the valid rows; write the others to --rejected",
  "import.option.rejected": "where --skip-invalid writes the rejected rows (default: <file>.rejected.csv)",
  "import.option.invite": "send the first-connexion e-mail to each new account",
  "import.option.temporaryPassword": "give each new account a temporary password, written to --passwords-file only",
  "import.option.passwordsFile":
    "the temporary passwords, readable by you only (default: temporary-passwords-<date>.csv)",
  "import.option.report": "write a JSON report of the run",
  "import.inviteOrPassword": "Choose one of --invite and --temporary-password.",
  "import.rejectedWritten":
    "{count} row(s) rejected, written with their error to {file}: fix them and import that file.",
  "import.plan":
    '{file} ({encoding}, "{separator}"): {create} to create, {update} to update, {unchanged} unchanged{rejected}.',
  "import.planRejected": ", {count} rejected",
  "import.willCreate": "  + {email}",
  "import.willUpdate": "  ~ {email} ({columns})",
  "import.summary":
    "Created {created}, updated {updated}, unchanged {unchanged}, invited {invited}, rejected {rejected}, failed {failed}{notInvited}.",
  "import.summaryNotInvited": ", not invited {count}",
  "import.passwords": "Temporary passwords: {file} (readable by you only){reused}.",
  "import.passwordsReused": "; {count} reused from it, written by an earlier run",
  "import.accountsFailed": "{count} account(s) failed; run the same import again to retry them (nothing is doubled).",
  "import.interrupted":
    "{reason}\nThe import stopped; run the same import again: the accounts already created are left as they are, nothing is doubled.",

  "progress.accounts": "Accounts",
  "progress.invitations": "Invitations",
  "progress.warnings": "Warnings",
  "progress.remaining": "ETA",

  "invite.description": "send (or send again) the first-connexion e-mail",
  "invite.option.file": "the accounts of a CSV file, as for import",
  "invite.option.pending": "every account whose e-mail was never sent (after a mail-server failure, say)",
  "invite.whom": "Say whom to invite: e-mail addresses, --file <file> or --pending.",
  "invite.summary": "Invited {sent}, failed {failed}{notTried}.",
  "invite.summaryNotTried": ", not tried {count}",
  "invite.notSent":
    '{count} invitation(s) not sent.{stopped} These accounts stay "invitation-pending": run `siec-portail users invite --pending` once the mail server answers.',
  "invite.stopped":
    " The last {inARow} failed in a row, so {count} more were not tried: see the errors above (usually the mail server does not answer).",

  "filter.app": "accounts that open this application",
  "filter.etablissement": "accounts of this school (UAI code)",
  "filter.status":
    "the accounts of this status: active, disabled, or invitation pending (no password of their own yet: invited or temporary password)",
  "list.description": "list accounts",
  "list.count": "{count} account(s).",
  "export.users.description": "write accounts as a CSV file that import reads back",
  "export.users.option.out": "the file (default: standard output)",
  "show.description": "one account in detail",
  "show.email": "email",
  "show.name": "name",
  "show.etablissements": "établissements",
  "show.applications": "applications",
  "show.principal": "principal of",
  "show.status": "status",
  "show.invitation": "invitation",
  "enable.description": "enable accounts: they can sign in again",
  "disable.description": "disable accounts: they cannot sign in",
  "enable.done": "{email}: enabled",
  "disable.done": "{email}: disabled",
  "delete.description": "delete accounts, after confirmation",
  "delete.confirm": "Delete {count} account(s) for good: {emails}?",
  "delete.declined": "Nothing was deleted.",
  "delete.done": "{email}: deleted",

  "csv.where": "{file}: line {line}{column}{value}: {message}",
  "csv.whereColumn": ", column {column}",
  "csv.whereValue": ', value "{value}"',
  "csv.whereLongValue": ', value "{value}…" ({length} characters)',
  "csv.utf16": 'the file is UTF-16: save it as "CSV UTF-8" (or CSV) from the spreadsheet',
  "csv.empty": "the file is empty: expected a header line (email;nom;prénom;…) and one line per account",
  "csv.noSeparator": "no separator in the header line: expected columns separated by ; or ,",
  "csv.unreadable": "the CSV cannot be read: {reason}",
  "csv.unknownColumn": "unknown column; the columns are {columns}",
  "csv.columnTwice": 'column {column} is given twice (also as "{other}")',
  "csv.missingColumn": "the column {column} is missing",
  "csv.noAccount": "the file has a header but no account",
  "row.emailRequired": "the e-mail address is required: it identifies the account",
  "row.sameAccount": "the same account is already on line {line}",
  "row.unknownApplication": "unknown application; the applications are {applications}",
  "row.principalOutsideEtablissements": "an account is the compte principal only of one of its établissements",
  "row.refusedByProfile": "refused by the realm's user profile ({rule}): {reason}",

  "profileCheck.refused":
    "Keycloak did not check the accounts with the user profile of realm {realm} (does it have the portal's extension?): HTTP {status} {body}",

  "passwords.impossible": "No temporary password could be made that meets the realm's password policy: {policy}",
  "passwords.untrusted":
    "{file} already exists and {problem}: no password is taken from it. Choose a new --passwords-file, or move that file away.",
  "passwords.symbolicLink": "it is a symbolic link",
  "passwords.notAFile": "it is not a regular file",
  "passwords.otherOwner": "it belongs to another user (uid {uid})",
  "passwords.openMode": "its mode is {mode}, not 0600: others may have read or written it",

  "directory.refused": "Keycloak refused the account directory of realm {realm}: HTTP {status} {body}",
  "directory.noExtension":
    "Keycloak does not serve the account directory of realm {realm} (HTTP 404): install the portal's extension (siec-extension.jar, `npm run build:theme`) in its providers.",
  "warning.refused": "Keycloak answered {status}: {body}",

  "principal.description": "make an account the compte principal of one of its établissements: it adds its colleagues",
  "principal.option.remove": "no longer the compte principal of that établissement",
  "principal.made": "{email}: now the compte principal of {uai}.",
  "principal.already": "{email}: already the compte principal of {uai}; nothing changed.",
  "principal.removed": "{email}: no longer the compte principal of {uai}.",
  "principal.wasNot": "{email}: not the compte principal of {uai}; nothing changed.",
  "principal.notAUai": "{uai} is not a UAI code: 7 digits and a letter, e.g. 0751234A.",
  "principal.notAttached":
    "{email} is not attached to {uai} (its établissements: {etablissements}): attach it first (users import).",
  "principal.none": "none",

  "inactive.option.inactiveSince":
    "accounts not signed in to since this long (never signed in: since created), e.g. 365d",
  "inactive.option.warn":
    "e-mail the owners first that the account will be disabled in this long (e.g. 30d); disable only those warned that long ago",
  "inactive.option.dryRun": "show who would be warned, disabled or deleted, and why; write nothing",
  "inactive.badDuration": '{option} "{value}": write a number of days, hours, minutes or seconds, such as "365d"',
  "inactive.warnTooShort": 'The --warn period is at least a day ("1d"): the e-mail gives a day to sign in by.',
  "inactive.emailsOrInactive": "Give e-mail addresses or --inactive-since <duration>, not both.",
  "inactive.noAccounts": "Say which accounts: e-mail addresses, or --inactive-since <duration>.",
  "inactive.needsInactiveSince": "--warn and --dry-run go with --inactive-since <duration>.",
  "inactive.lastSignedIn": "last signed in {day}",
  "inactive.neverSignedIn": "never signed in, created {day}",
  "inactive.warnedOn": "warned {day}",
  "inactive.heading": "{count} account(s) not signed in to since {since} (before {day}).",
  "inactive.toDisable": "To disable: {count}",
  "inactive.toDelete": "To delete: {count}",
  "inactive.toWarn": "To warn by e-mail (to be disabled on {day}): {count}",
  "inactive.waiting": "Warned recently, left to wait: {count}",
  "inactive.waitingUntil": "disabled from {day}",
  "inactive.operators":
    "Left out, SIEC operators (role gestionnaire; name them to `users disable` or `users delete`): {count}",
  "inactive.dryRun": "Dry run: nothing was written.",
  "inactive.nothingToDo": "Nothing to do.",
  "inactive.confirm": "{actions}?",
  "inactive.confirmWarn": "Warn {count} account owner(s) by e-mail",
  "inactive.confirmDisable": "disable {count} account(s)",
  "inactive.confirmDelete": "delete {count} account(s) for good",
  "inactive.declined": "Nothing was done.",
  "inactive.warned": "Warned {done}, failed {failed}.",
  "inactive.disabled": "Disabled {done}, failed {failed}.",
  "inactive.deleted": "Deleted {done}, failed {failed}.",
  "inactive.runAgain":
    "{count} account(s) failed; run the same command again to retry them (what was done is not done twice).",
  "inactive.operatorColumn": "operator",
};
