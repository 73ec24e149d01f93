import * as users from "./users-catalogue";

/**
 * Every message of the operators' CLI, in French (first: the SIEC's operators are French) and in
 * English. `{name}` is a value put in when the message is shown (messages/index.ts `t`); the
 * English catalogue must have exactly the French one's keys, which its type enforces.
 */
const general = {
  // The program and commander's own words
  "program.description": "Le royaume du portail d'authentification du SIEC, décrit dans realm-config/",
  "option.config": "le dossier realm-config",
  "option.lang": "la langue des messages (sinon celle de LC_ALL, LC_MESSAGES ou LANG ; le français par défaut)",
  "option.help": "affiche l'aide de la commande",
  "command.help": "affiche l'aide d'une commande",
  "help.usage": "Utilisation :",
  "help.arguments": "Arguments :",
  "help.options": "Options :",
  "help.globalOptions": "Options globales :",
  "help.commands": "Commandes :",
  "placeholder.command": "commande",
  "placeholder.file": "fichier",
  "placeholder.dir": "dossier",
  "placeholder.email": "e-mail",
  "placeholder.emails": "e-mails",
  "placeholder.uai": "UAI",
  "placeholder.duration": "durée",
  "placeholder.name": "nom",
  "placeholder.status": "statut",
  "placeholder.language": "langue",
  "help.default": "par défaut : {value}",
  "help.choices": "au choix : {values}",
  "parse.unknownOption": "option inconnue {option}",
  "parse.unknownCommand": "commande inconnue {command}",
  "parse.missingArgument": "il manque l'argument {argument}",
  "parse.missingOptionValue": "il manque la valeur de l'option {option}",
  "parse.tooManyArguments": "trop d'arguments",
  "parse.invalidChoice": "{value} n'est pas une valeur de {option} ; au choix : {choices}",
  "parse.didYouMean": "Vouliez-vous dire {suggestion} ?",
  "parse.didYouMeanOneOf": "Vouliez-vous dire l'un de {suggestion} ?",
  "parse.error": "erreur : {message}",

  // How a run ends badly
  "failure.realmConfig": "realm-config a {count} problème(s) :\n{problems}",
  "failure.accountsFile": "{file} a {count} problème(s) ; rien n'a été écrit :\n{problems}",

  // Questions and progress
  "confirm.needsTerminal": "Cette commande demande une confirmation sur un terminal ; ailleurs, ajoutez --yes.",
  "confirm.choices": "[o/N]",

  // The connection
  "connection.localStack": "Pas de KEYCLOAK_URL : le portail que npm start lance ici est utilisé, {url} ({file}).",
  "connection.localStackValues":
    "Pas de variable d'environnement pour {names} : les valeurs avec lesquelles ce portail a appliqué realm-config sont utilisées ({file}).",

  // validate, plan, apply, export, schema
  "validate.description": "vérifie realm-config/ sans serveur : syntaxe, schéma, variables, renvois entre fichiers",
  "validate.valid": "{directory} : valide (royaume {realm}, {clients} clients).",
  "plan.description":
    "montre ce qu'apply changerait dans le royaume, et ce qu'il contient que realm-config ne nomme pas ; n'écrit rien (code de sortie 0 : aucun changement, 2 : des changements ; des ressources non nommées seules donnent 0)",
  "plan.option.json": "affiche le plan en JSON",
  "apply.description":
    "rend le royaume conforme à realm-config/, dans l'ordre des dépendances, après avoir montré le plan",
  "option.yes": "ne demande pas de confirmation",
  "apply.confirm": "Appliquer ces {count} changement(s) au royaume {realm} ?",
  "apply.nothingChanged": "Rien n'a été changé.",
  "apply.progress": "[{done}/{total}] {kind} : {change}",
  "apply.stopped": "apply s'est arrêté pendant {during} : {message}",
  "apply.doneBefore": "Fait avant : {count} changement(s){list}.",
  "apply.notDone":
    "Pas fait : le reste du plan. Relancez apply une fois la cause corrigée : il reprend là où il s'est arrêté.",
  "apply.applied": "{count} changement(s) appliqué(s), en {writes} requête(s) d'écriture.",
  "export.description": "écrit le royaume tel qu'il est comme fichiers de realm-config/",
  "export.option.out": "le dossier où les écrire",
  "export.option.force": "écrit dans un dossier qui n'est pas vide",
  "export.notEmpty":
    "{directory} n'est pas vide : choisissez un autre --out, ou ajoutez --force pour remplacer ses fichiers.",
  "export.wrote": "{count} fichiers écrits dans {directory} : {files}",
  "export.unsafeName":
    "{label} « {name} » ne peut pas nommer un fichier (séparateur de chemin, « .. » ou caractère de contrôle) : rien n'a été écrit. Renommez-le dans la console d'administration, puis relancez export.",
  "export.outside": "{file} serait écrit hors du dossier {directory} : rien n'a été écrit.",
  "schema.description": "écrit les schémas JSON qui permettent aux éditeurs de compléter les fichiers de realm-config/",
  "schema.option.out": "le dossier où les écrire",
  "schema.wrote": "{count} schémas JSON écrits dans {directory}.",

  // apps
  "apps.description": "les applications du royaume et comment les raccorder",
  "apps.list.description": "les clients du royaume (hors ceux de Keycloak) : clientId, type, adresse, nom",
  "apps.list.option.json": "les affiche en JSON",
  "apps.config.description":
    "le kit d'intégration d'une application : configuration de keycloak-js, adresses OIDC, adresses de retour, scopes, rôles (jamais un secret)",
  "apps.config.option.json": "l'affiche en JSON",

  // realm-config/ problems
  "config.unknownSetting": 'réglage inconnu "{key}"',
  "config.missingFile": "{file} manque : {why}",
  "config.realmRequired": "il nomme le royaume",
  "config.invalidYaml": "YAML invalide : {detail}",
  "config.tooManyAliases": "YAML invalide : {detail} (trop d'alias : écrivez les valeurs)",
  "config.secretAlias":
    "l'alias *{alias} répète une valeur qui lit une variable secrète : seul son propre champ secret peut la contenir",
  "config.duplicateName": '{label} "{name}" est déjà utilisé par un autre fichier de {folder}/',
  "variable.smtpHost": "le serveur de messagerie, dans smtp.yaml host",
  "variable.smtpPort": "son port, dans smtp.yaml port",
  "variable.smtpStarttls": "STARTTLS (true ou false), dans smtp.yaml starttls",
  "variable.smtpSsl": "SSL (true ou false), dans smtp.yaml ssl",
  "variable.smtpUser": "le compte sur le serveur de messagerie, dans smtp.yaml authentication.user",
  "variable.smtpPassword": "son mot de passe, dans smtp.yaml authentication.password",
  "variable.proconnectEnabled":
    "true pour montrer ProConnect sur la page de connexion (false par défaut), dans identity-providers/<alias>.yaml enabled",
  "variable.proconnectIssuer":
    "l'adresse (issuer) de la plateforme ProConnect, intégration ou production, dans identity-providers/<alias>.yaml issuer et endpoints",
  "variable.proconnectClientId":
    "l'identifiant du portail chez ProConnect, dans identity-providers/<alias>.yaml clientId",
  "variable.proconnectClientSecret": "son secret, dans identity-providers/<alias>.yaml clientSecret",
  "variable.invitationLifespan":
    "la durée de validité d'une invitation envoyée par un gestionnaire, dans lifespans.yaml emailLinks.sentByOperator",
  "variables.unset":
    "${{variable}} n'est pas définie et n'a pas de valeur par défaut (définissez {variable}, ou écrivez ${{variable}:-défaut})",
  "variables.secretInPublicField":
    "{reference} est secrète ({sets}) et ce champ est public : seul un champ secret peut la lire",
  "variables.looksSecret":
    "{reference} a le nom d'un secret et ce champ est public : les plans et les pages de Keycloak pourraient la montrer",
  "variables.unknown":
    "{reference} n'est pas une variable de realm-config : ce fichier peut lire {names} (admin-scripts/src/config/variables.ts)",
  "apps.serviceAccount":
    "{clientId} est un compte de service (client credentials) : il ne connecte personne. `apps config` est pour les applications, clients publics et confidentiels.",
  "apps.warning.disabled": "{clientId} est désactivé : personne ne peut s'y connecter.",
  "apps.warning.noRedirectUri": "Aucune adresse de retour : Keycloak refuse chaque connexion (invalid redirect_uri).",
  "apps.warning.noPostLogoutUri":
    "Aucune adresse de retour après déconnexion : une fois déconnectées, les personnes restent sur la page du portail.",
  "apps.warning.noPkce": "PKCE n'est pas exigé (pkce: S256 dans le fichier YAML du client).",
  "apps.warning.noSilentCheckSso":
    "{uri} n'est pas une adresse de retour : ajoutez-la à redirectUris, sinon check-sso ne peut pas se faire sans bruit.",
  "apps.warning.noWebOrigin":
    "Aucune origine web : le navigateur ne peut pas appeler l'adresse des jetons depuis {origin} (CORS) ; ajoutez-la à webOrigins.",
  "apps.secretNotPrinted":
    "non affiché : définissez {variable} depuis la console d'administration (Clients > {clientId} > Credentials)",
  "apps.secretPlaceholder": "<secret : Clients > {clientId} > Credentials ; jamais dans git>",
  "apps.type.public":
    "client public : une application monopage avec keycloak-js, code d'autorisation + PKCE (S256), sans secret",
  "apps.type.confidential":
    "client confidentiel : une application serveur avec toute bibliothèque OIDC, code d'autorisation + PKCE et un secret",
  "apps.kit.environment":
    "Environnement de l'application serveur (le secret : depuis la console d'administration, jamais affiché ici ni versionné)",
  "apps.kit.client": "Le client dans le royaume",
  "apps.kit.redirectUris": "adresses de retour",
  "apps.kit.postLogoutRedirectUris": "adresses après déconnexion",
  "apps.kit.webOrigins": "origines web",
  "apps.kit.defaultClientScopes": "scopes par défaut",
  "apps.kit.clientRoles": "rôles du client",
  "apps.kit.warnings": "Avertissements",
  "apps.list.none": "Aucun client dans le royaume {realm} en dehors de ceux de Keycloak.",
  "apps.list.disabled": "{name} (désactivé)",
  "apps.list.count": "{count} client(s) dans le royaume {realm} :",
  "apps.unknownClient": "Pas de client {clientId} dans le royaume {realm}. Ses clients : {existing}.",
  "apps.unknownClientInEmptyRealm":
    "Pas de client {clientId} dans le royaume {realm}, qui n'a aucun client en dehors de ceux de Keycloak.",
  "connection.noUrl":
    "KEYCLOAK_URL n'est pas définie : donnez l'adresse du serveur Keycloak, par exemple KEYCLOAK_URL=http://localhost:8080",
  "connection.noCredentials":
    "Pas d'identifiants : définissez KEYCLOAK_CLIENT_ID et KEYCLOAK_CLIENT_SECRET (le compte de service du CLI), ou KEYCLOAK_ADMIN et KEYCLOAK_ADMIN_PASSWORD (l'administrateur initial, pour la première fois).",
  "connection.noAnswer": "Keycloak ne répond pas à {url} ({reason}).",
  "connection.admin": "l'administrateur {username} (royaume master)",
  "connection.serviceAccount": "le compte de service {clientId} (royaume {realm})",
  "connection.refused": "Keycloak a refusé les identifiants de {who} : HTTP {status} {body}",
  // realm-config's schemas and cross-references
  "schema.duration": 'une durée comme "30m", "1h" ou "7d"',
  "schema.exactUrl": "une adresse exacte : pas de joker (*) dans les adresses de retour",
  "schema.clientId": "un identifiant de client en minuscules",
  "schema.publicNeedsPkce": "un client public doit exiger PKCE : pkce: S256",
  "schema.needsRedirectUri": "une application qui connecte des personnes a besoin d'au moins une adresse de retour",
  "schema.serviceAccountRolesOnly": "seul un client compte de service a des rôles de compte de service",
  "schema.scopeName": "un nom de scope (lettres, chiffres, _ et -)",
  "schema.flowAlias": "un nom de flux en minuscules",
  "schema.flowNeedsStep": "un flux a besoin d'au moins une étape",
  "schema.flowTwice": "le flux {name} est déclaré deux fois",
  "schema.onlySubflowConditional":
    "seul un sous-flux peut être CONDITIONAL (une étape d'authentification est REQUIRED, ALTERNATIVE ou DISABLED)",
  "schema.subflowName":
    "le nom d'un sous-flux commence par celui de son flux (\"{flow} …\"), pour qu'il ne prenne le nom d'aucun autre flux",
  "schema.conditionalNeedsCondition":
    "un sous-flux CONDITIONAL a besoin d'une étape de condition (conditional-user-role…) ; sans elle, il ne s'exécute jamais",
  "schema.symbolsOnly": "des symboles seulement, sans espace",
  "schema.unknownPolicy": 'règle inconnue "{id}" ; Keycloak connaît {known}',
  "schema.invalidPolicyPart": "partie de règle invalide : {reason}",
  "schema.minimumAboveMaximum": "minimumLength est plus grand que maximumLength",
  "schema.realmName": "un nom de royaume en minuscules (lettres, chiffres, tirets)",
  "schema.locale": "une langue comme fr ou en",
  "schema.keepLogListener": "gardez {listener} : il écrit chaque événement dans le journal de Keycloak",
  "schema.defaultLocale": "la langue par défaut doit être l'une de locales ({locales})",
  "schema.port": "un numéro de port",
  "schema.textKey": "une clé de texte (lettres, chiffres, _ . -)",
  "schema.plainText": "du texte brut : ni < ni >",
  "schema.textMissingIn": '"{key}" n\'a pas de texte {locale}',
  "schema.attributeName": "un nom d'attribut (lettres, chiffres, _ . -)",
  "schema.identityProviderAlias": "un alias de fournisseur d'identité en minuscules (lettres, chiffres, tirets)",
  "schema.scopeToken": "un scope sans espace : un élément de la liste par scope",
  "schema.scopesNeedOpenid": "scopes doit contenir openid : sans lui, le fournisseur ne parle pas OpenID Connect",
  "schema.mapperTwice": "le mappeur {name} est déclaré deux fois",
  "schema.acrToken": "une valeur d'acr sans espace : un élément de la liste par valeur",
  "schema.enabledNeedsClient":
    "{field} est vide alors que le fournisseur est activé (enabled) : donnez l'identifiant et le secret que ProConnect a remis au SIEC, ou laissez enabled à false",
  "schema.forceOverwritesSiec":
    "FORCE réécrirait {attribute} à chaque connexion, par-dessus ce que le SIEC a saisi : choisissez INHERIT ou IMPORT",
  "schema.neverTrustEmail":
    "trustEmail reste false : une adresse venue du fournisseur ne prouve pas que la personne détient le compte du portail qui a cette adresse",
  "schema.neverStoreToken": "storeToken reste false : le portail n'a pas à garder les jetons du fournisseur",
  "config.textNotDeclared": 'le texte "{key}" n\'est pas dans texts.yaml (fr et en)',
  "config.flowNotDeclared": 'le flux "{alias}" est lié mais n\'est défini ni dans flows.yaml ni par Keycloak',
  "config.scopeNotDeclared": 'le scope "{scope}" n\'est défini ni dans client-scopes.yaml ni par Keycloak',
  "config.realmRoleNotDeclared": 'le rôle de royaume "{role}" n\'est pas défini dans roles.yaml',
  "config.clientNotDeclared": 'le client "{clientId}" n\'est pas défini dans clients/',
  "config.clientRoleNotDeclared": 'le rôle "{role}" n\'existe pas dans le client {clientId} (ses rôles : {known})',
  "schema.actionTwice": "{alias} est listée deux fois",
  // The admin API's failures
  "api.noAnswer":
    "Keycloak ne répond pas ({code}), même après avoir réessayé pendant environ 15 s : est-il démarré et joignable ?",
  "api.connectionLost":
    "La connexion à Keycloak a été perdue pendant une requête ({code}) : s'est-il arrêté ou a-t-il redémarré ?",
  "api.unauthorized": "Keycloak a répondu 401 sur {path} : le jeton a été refusé (identifiants expirés ou révoqués).",
  "api.forbidden":
    "Keycloak a répondu 403 sur {path} : il manque au compte le rôle realm-management {role} (ou l'opération en demande davantage).",
  "api.failed": "Keycloak a répondu {status} sur {path} : {detail}",
  // Plans
  "plan.action.create": "créer",
  "plan.action.update": "modifier",
  "plan.action.delete": "supprimer",
  "plan.change": "{action} {target}",
  "plan.target": "{noun}{rest}",
  "plan.none": "(aucune)",
  "plan.noChanges": "Aucun changement : le royaume {realm} est conforme à realm-config/.",
  "plan.summary": "Plan : {create} à créer, {update} à modifier, {delete} à supprimer.",
  "plan.drift": "? absent de realm-config : {target}, {created}",
  "plan.created": "créé le {time} (événements d'administration)",
  "plan.noCreationRecord":
    "pas de date de création (Keycloak n'en garde pas, et aucun événement d'administration ne l'a notée)",
  "plan.creationUnreadable":
    "pas de date de création (les événements d'administration n'ont pas pu être lus : {reason})",
  "plan.driftSummary":
    "{count} ressource(s) absente(s) de realm-config, laissée(s) telle(s) quelle(s) : export les écrit aussi, pour qu'elles puissent être adoptées.",
  "apply.confirmWithDeletions":
    "Appliquer ces {count} changement(s) au royaume {realm}, dont {deletions} suppression(s) ?",
  "apply.deletionsKept":
    "{count} suppression(s) non faite(s) : apply ne supprime ce que realm-config ne nomme plus qu'avec --delete.",
  "apply.option.delete":
    "supprime aussi ce qu'apply a créé et que realm-config ne nomme plus (jamais ce qui est à Keycloak ou sans marque)",
  "apply.during.check": "la vérification du serveur",
  "apply.during.change": "l'étape « {change} »",
  "live.noRealm": "le royaume {realm} n'existe pas sur {url}",
  "live.noClient": "le client {clientId} n'existe pas dans le royaume {realm}",
  "live.noClientScope": "le scope {scope} n'existe pas dans le royaume {realm}",
  "live.noBuiltInClient":
    "le client {clientId} n'est pas dans le royaume {realm}, alors que Keycloak le crée avec chaque royaume",
  "apps.discoveryRefused": "{url} a répondu HTTP {status}.",
  "apply.during.read": "la lecture ({kind})",
  "apply.folderStopped": "L'application de realm-config/ s'est arrêtée pendant {during} : {message}",
  // What the server lacks (checked before any write)
  "check.serverCannotApply": "Ce Keycloak ne peut pas accueillir realm-config ; rien n'a été écrit :\n{problems}",
  "check.problem": "- {problem}",
  "check.missingAuthenticator":
    'flows.yaml : le flux "{flow}" utilise l\'authentificateur "{authenticator}", que ce Keycloak n\'a pas ; {hint}.',
  "check.fromExtension":
    "il vient de l'extension du portail : installez siec-extension.jar dans le dossier providers/ de Keycloak (npm run build:theme le produit)",
  "check.otherAuthenticator": "vérifiez son orthographe, ou installez l'extension qui le fournit",
  // A flow's steps in plans, and the drift's dates
  "plan.subflow": "{indent}sous-flux {name} ({details})",
  "plan.eventsForbidden": "le compte n'a pas le rôle realm-management view-events",
  // What names a folder's resources, unique in it
  "name.clientId": "l'identifiant de client",
  "name.identityProviderAlias": "l'alias de fournisseur d'identité",
  // Plans' headings (the kinds of realm resource) and the nouns their lines start with
  "kind.realm settings": "réglages du royaume",
  "kind.flow bindings": "flux liés au royaume",
  "kind.lifespans": "durées de vie",
  "kind.password policy": "politique de mots de passe",
  "kind.smtp": "envoi des e-mails (SMTP)",
  "kind.texts": "textes",
  "kind.user profile": "profil utilisateur",
  "kind.required actions": "actions requises",
  "kind.flows": "flux d'authentification",
  "kind.roles": "rôles",
  "kind.client scopes": "scopes de client",
  "kind.clients": "clients",
  "kind.built-in clients": "clients de Keycloak",
  "kind.groups": "groupes",
  "kind.identity providers": "fournisseurs d'identité",
  "target.realm": "royaume",
  "target.texts": "textes",
  "target.required action": "action requise",
  "target.flow": "flux",
  "target.role": "rôle",
  "target.client scope": "scope",
  "target.client": "client",
  "target.group": "groupe",
  "target.identity provider": "fournisseur d'identité",
  "target.identity provider mapper": "mappeur de fournisseur d'identité",

  // Words already said elsewhere (Node, the YAML parser, zod in the run's language)
  verbatim: "{text}",
} as const;

const generalEn: Record<keyof typeof general, string> = {
  "program.description": "The realm of the SIEC authentication portal, described in realm-config/",
  "option.config": "the realm-config folder",
  "option.lang": "the messages' language (otherwise that of LC_ALL, LC_MESSAGES or LANG; French by default)",
  "option.help": "display help for command",
  "command.help": "display help for command",
  "help.usage": "Usage:",
  "help.arguments": "Arguments:",
  "help.options": "Options:",
  "help.globalOptions": "Global Options:",
  "help.commands": "Commands:",
  "placeholder.command": "command",
  "placeholder.file": "file",
  "placeholder.dir": "dir",
  "placeholder.email": "email",
  "placeholder.emails": "emails",
  "placeholder.uai": "UAI",
  "placeholder.duration": "duration",
  "placeholder.name": "name",
  "placeholder.status": "status",
  "placeholder.language": "language",
  "help.default": "default: {value}",
  "help.choices": "choices: {values}",
  "parse.unknownOption": "unknown option {option}",
  "parse.unknownCommand": "unknown command {command}",
  "parse.missingArgument": "missing required argument {argument}",
  "parse.missingOptionValue": "option {option} argument missing",
  "parse.tooManyArguments": "too many arguments",
  "parse.invalidChoice": "{value} is not a value of {option}; choices: {choices}",
  "parse.didYouMean": "Did you mean {suggestion}?",
  "parse.didYouMeanOneOf": "Did you mean one of {suggestion}?",
  "parse.error": "error: {message}",

  "failure.realmConfig": "realm-config has {count} problem(s):\n{problems}",
  "failure.accountsFile": "{file} has {count} problem(s); nothing was written:\n{problems}",

  "confirm.needsTerminal": "This asks for confirmation on a terminal; add --yes elsewhere.",
  "confirm.choices": "[y/N]",

  "connection.localStack": "No KEYCLOAK_URL: using the portal that npm start runs here, {url} ({file}).",
  "connection.localStackValues":
    "No environment variable for {names}: using the values this portal applied realm-config with ({file}).",

  "validate.description": "check realm-config/ offline: syntax, schema, variables, cross-references",
  "validate.valid": "{directory}: valid (realm {realm}, {clients} clients).",
  "plan.description":
    "show what apply would change in the live realm, and what it holds that realm-config does not name; writes nothing (exit 0: no change, 2: changes; drift alone is 0)",
  "plan.option.json": "print the plan as JSON",
  "apply.description": "make the live realm match realm-config/, in dependency order, after showing the plan",
  "option.yes": "do not ask for confirmation",
  "apply.confirm": "Apply these {count} changes to realm {realm}?",
  "apply.nothingChanged": "Nothing was changed.",
  "apply.progress": "[{done}/{total}] {kind}: {change}",
  "apply.stopped": "Apply stopped while {during}: {message}",
  "apply.doneBefore": "Done before it: {count} change(s){list}.",
  "apply.notDone":
    "Not done: the rest of the plan. Run apply again once the cause is fixed: it goes on from where it stopped.",
  "apply.applied": "Applied {count} change(s) with {writes} write request(s).",
  "export.description": "write the live realm as realm-config/ files",
  "export.option.out": "where to write the files",
  "export.option.force": "write into a folder that is not empty",
  "export.notEmpty": "{directory} is not empty: choose another --out, or add --force to overwrite its files.",
  "export.wrote": "Wrote {count} files to {directory}: {files}",
  "export.unsafeName":
    'the {label} "{name}" cannot name a file (a path separator, ".." or a control character): nothing was written. Rename it in the admin console, then run export again.',
  "export.outside": "{file} would be written outside {directory}: nothing was written.",
  "schema.description": "write the JSON Schemas that editors use to complete realm-config/ files",
  "schema.option.out": "where to write them",
  "schema.wrote": "Wrote {count} JSON Schemas to {directory}.",

  "apps.description": "the apps of the live realm and how to connect them",
  "apps.list.description": "the realm's clients (Keycloak's own left out): clientId, type, URL, name",
  "apps.list.option.json": "print them as JSON",
  "apps.config.description":
    "the integration kit of an app: keycloak-js configuration, OIDC endpoints, redirect URIs, scopes, roles (never a secret)",
  "apps.config.option.json": "print it as JSON",

  "config.unknownSetting": 'unknown setting "{key}"',
  "config.missingFile": "{file} is missing: {why}",
  "config.realmRequired": "it names the realm",
  "config.invalidYaml": "invalid YAML: {detail}",
  "config.tooManyAliases": "invalid YAML: {detail} (too many aliases: write the values out)",
  "config.secretAlias":
    "the alias *{alias} repeats a value that reads a secret variable: only its own secret field may hold it",
  "config.duplicateName": '{label} "{name}" is already used by another file of {folder}/',
  "variable.smtpHost": "the mail server, in smtp.yaml host",
  "variable.smtpPort": "its port, in smtp.yaml port",
  "variable.smtpStarttls": "STARTTLS (true or false), in smtp.yaml starttls",
  "variable.smtpSsl": "SSL (true or false), in smtp.yaml ssl",
  "variable.smtpUser": "the mail server's account, in smtp.yaml authentication.user",
  "variable.smtpPassword": "its password, in smtp.yaml authentication.password",
  "variable.proconnectEnabled":
    "true to offer ProConnect on the sign-in page (false by default), in identity-providers/<alias>.yaml enabled",
  "variable.proconnectIssuer":
    "the address (issuer) of the ProConnect platform, integration or production, in identity-providers/<alias>.yaml issuer and endpoints",
  "variable.proconnectClientId": "the portal's client id at ProConnect, in identity-providers/<alias>.yaml clientId",
  "variable.proconnectClientSecret": "its secret, in identity-providers/<alias>.yaml clientSecret",
  "variable.invitationLifespan": "how long an operator's invitation lasts, in lifespans.yaml emailLinks.sentByOperator",
  "variables.unset": "${{variable}} is not set and has no default (set {variable}, or write ${{variable}:-default})",
  "variables.secretInPublicField":
    "{reference} is secret ({sets}) and this field is public: only a secret field may read it",
  "variables.looksSecret":
    "{reference} looks like a secret by its name and this field is public: plans and Keycloak's pages could show it",
  "variables.unknown":
    "{reference} is not a realm-config variable: this file may read {names} (admin-scripts/src/config/variables.ts)",
  "apps.serviceAccount":
    "{clientId} is a service account (client credentials): it signs no one in. `apps config` is for apps, that is public and confidential clients.",
  "apps.warning.disabled": "{clientId} is disabled: no one can sign in to it.",
  "apps.warning.noRedirectUri": "No redirect URI: Keycloak refuses every sign-in (invalid redirect_uri).",
  "apps.warning.noPostLogoutUri": "No post-logout redirect URI: after sign-out, people stay on the portal's page.",
  "apps.warning.noPkce": "PKCE is not required (pkce: S256 in the client's YAML file).",
  "apps.warning.noSilentCheckSso":
    "{uri} is not a redirect URI: add it to redirectUris, or check-sso cannot run silently.",
  "apps.warning.noWebOrigin":
    "No web origin: the browser cannot call the token endpoint from {origin} (CORS); add it to webOrigins.",
  "apps.secretNotPrinted": "not printed: set {variable} from the admin console (Clients > {clientId} > Credentials)",
  "apps.secretPlaceholder": "<secret: Clients > {clientId} > Credentials; never in git>",
  "apps.type.public": "public client: a single-page app with keycloak-js, authorization code + PKCE (S256), no secret",
  "apps.type.confidential":
    "confidential client: a server app with any OIDC library, authorization code + PKCE and a secret",
  "apps.kit.environment":
    "Environment of the server app (the secret: from the admin console, never printed here nor committed)",
  "apps.kit.client": "Client in the realm",
  "apps.kit.redirectUris": "redirect URIs",
  "apps.kit.postLogoutRedirectUris": "post-logout redirect URIs",
  "apps.kit.webOrigins": "web origins",
  "apps.kit.defaultClientScopes": "default client scopes",
  "apps.kit.clientRoles": "client roles",
  "apps.kit.warnings": "Warnings",
  "apps.list.none": "No client in realm {realm} besides Keycloak's own.",
  "apps.list.disabled": "{name} (disabled)",
  "apps.list.count": "{count} client(s) in realm {realm}:",
  "apps.unknownClient": "No client {clientId} in realm {realm}. Its clients: {existing}.",
  "apps.unknownClientInEmptyRealm":
    "No client {clientId} in realm {realm}, which has no client besides Keycloak's own.",
  "connection.noUrl":
    "KEYCLOAK_URL is not set: give the URL of the Keycloak server, e.g. KEYCLOAK_URL=http://localhost:8080",
  "connection.noCredentials":
    "No credentials: set KEYCLOAK_CLIENT_ID and KEYCLOAK_CLIENT_SECRET (the CLI's service account), or KEYCLOAK_ADMIN and KEYCLOAK_ADMIN_PASSWORD (the bootstrap admin, for the first run).",
  "connection.noAnswer": "Keycloak at {url} does not answer ({reason}).",
  "connection.admin": "admin {username} (master realm)",
  "connection.serviceAccount": "service account {clientId} (realm {realm})",
  "connection.refused": "Keycloak refused the credentials of {who}: HTTP {status} {body}",
  "schema.duration": 'a duration such as "30m", "1h" or "7d"',
  "schema.exactUrl": "an exact URL: no wildcard (*) in redirect URIs",
  "schema.clientId": "a lower-case client id",
  "schema.publicNeedsPkce": "a public client must require PKCE: pkce: S256",
  "schema.needsRedirectUri": "an app that signs people in needs at least one redirect URI",
  "schema.serviceAccountRolesOnly": "only a service-account client has service account roles",
  "schema.scopeName": "a scope name (letters, digits, _ and -)",
  "schema.flowAlias": "a lower-case flow name",
  "schema.flowNeedsStep": "a flow needs at least one step",
  "schema.flowTwice": "flow {name} is declared twice",
  "schema.onlySubflowConditional":
    "only a subflow can be CONDITIONAL (an authenticator step is REQUIRED, ALTERNATIVE or DISABLED)",
  "schema.subflowName": "a subflow's name starts with its flow's (\"{flow} …\"), so that it takes no other flow's name",
  "schema.conditionalNeedsCondition":
    "a CONDITIONAL subflow needs a condition step (conditional-user-role…); without one it never runs",
  "schema.symbolsOnly": "symbols only, without spaces",
  "schema.unknownPolicy": 'unknown policy "{id}"; Keycloak knows {known}',
  "schema.invalidPolicyPart": "invalid policy part: {reason}",
  "schema.minimumAboveMaximum": "minimumLength is greater than maximumLength",
  "schema.realmName": "a lower-case realm name (letters, digits, dashes)",
  "schema.locale": "a locale such as fr or en",
  "schema.keepLogListener": "keep {listener}: it writes every event to Keycloak's log",
  "schema.defaultLocale": "the default locale must be one of locales ({locales})",
  "schema.port": "a port number",
  "schema.textKey": "a message key (letters, digits, _ . -)",
  "schema.plainText": "plain text: no < or >",
  "schema.textMissingIn": '"{key}" has no {locale} text',
  "schema.attributeName": "an attribute name (letters, digits, _ . -)",
  "schema.identityProviderAlias": "a lower-case identity provider alias (letters, digits, dashes)",
  "schema.scopeToken": "a scope without spaces: one list item per scope",
  "schema.scopesNeedOpenid": "scopes must hold openid: without it, the provider does not speak OpenID Connect",
  "schema.mapperTwice": "mapper {name} is declared twice",
  "schema.acrToken": "an acr value without spaces: one item of the list per value",
  "schema.enabledNeedsClient":
    "{field} is empty while the provider is enabled: give the id and secret ProConnect issued to the SIEC, or leave enabled false",
  "schema.forceOverwritesSiec":
    "FORCE would rewrite {attribute} at each sign-in, over what the SIEC entered: choose INHERIT or IMPORT",
  "schema.neverTrustEmail":
    "trustEmail stays false: an address from the provider does not prove that the person holds the portal account with that address",
  "schema.neverStoreToken": "storeToken stays false: the portal has no use for the provider's tokens",
  "config.textNotDeclared": 'text "{key}" is not in texts.yaml (fr and en)',
  "config.flowNotDeclared": 'flow "{alias}" is bound but not defined in flows.yaml (nor built in)',
  "config.scopeNotDeclared": 'client scope "{scope}" is not defined in client-scopes.yaml (nor built in)',
  "config.realmRoleNotDeclared": 'realm role "{role}" is not defined in roles.yaml',
  "config.clientNotDeclared": 'client "{clientId}" is not defined in clients/',
  "config.clientRoleNotDeclared": 'client role "{role}" does not exist in client {clientId} (its roles: {known})',
  "schema.actionTwice": "{alias} is listed twice",
  "api.noAnswer": "Keycloak does not answer ({code}), even after retrying for about 15 s: is it running and reachable?",
  "api.connectionLost": "The connection to Keycloak was lost during a request ({code}): did it stop or restart?",
  "api.unauthorized": "Keycloak answered 401 on {path}: the token was refused (expired or revoked credentials).",
  "api.forbidden":
    "Keycloak answered 403 on {path}: the account lacks the realm-management role {role} (or the operation needs more).",
  "api.failed": "Keycloak answered {status} on {path}: {detail}",
  "plan.action.create": "create",
  "plan.action.update": "update",
  "plan.action.delete": "delete",
  "plan.change": "{action} {target}",
  "plan.target": "{noun}{rest}",
  "plan.none": "(none)",
  "plan.noChanges": "No changes: realm {realm} matches realm-config/.",
  "plan.summary": "Plan: {create} to create, {update} to change, {delete} to delete.",
  "plan.drift": "? not in realm-config: {target}, {created}",
  "plan.created": "created {time} (admin events)",
  "plan.noCreationRecord": "no creation date (Keycloak keeps none on it, and no admin event records one)",
  "plan.creationUnreadable": "no creation date (the admin events could not be read: {reason})",
  "plan.driftSummary":
    "{count} resource(s) not in realm-config, left as they are: export writes them too, so that they can be adopted.",
  "apply.confirmWithDeletions": "Apply these {count} changes to realm {realm}, {deletions} of them deletions?",
  "apply.deletionsKept":
    "{count} deletion(s) left undone: apply deletes what realm-config no longer names only with --delete.",
  "apply.option.delete":
    "also delete what apply created and realm-config no longer names (never built-in or unmarked ones)",
  "apply.during.check": "checking the server",
  "apply.during.change": "{change}",
  "live.noRealm": "realm {realm} does not exist on {url}",
  "live.noClient": "client {clientId} does not exist in realm {realm}",
  "live.noClientScope": "client scope {scope} does not exist in realm {realm}",
  "live.noBuiltInClient": "client {clientId} is not in realm {realm}, although Keycloak makes it with every realm",
  "apps.discoveryRefused": "{url} answered HTTP {status}.",
  "apply.during.read": "reading {kind}",
  "apply.folderStopped": "Applying realm-config/ stopped while {during}: {message}",
  "check.serverCannotApply": "Keycloak cannot hold realm-config; nothing was written:\n{problems}",
  "check.problem": "- {problem}",
  "check.missingAuthenticator":
    'flows.yaml: flow "{flow}" uses authenticator "{authenticator}", which this Keycloak does not have; {hint}.',
  "check.fromExtension":
    "it comes from the portal's extension: install siec-extension.jar in Keycloak's providers/ (npm run build:theme makes it)",
  "check.otherAuthenticator": "check its spelling, or install the extension that provides it",
  "plan.subflow": "{indent}subflow {name} ({details})",
  "plan.eventsForbidden": "the account lacks the realm-management role view-events",
  "name.clientId": "client id",
  "name.identityProviderAlias": "identity provider alias",
  "kind.realm settings": "realm settings",
  "kind.flow bindings": "flow bindings",
  "kind.lifespans": "lifespans",
  "kind.password policy": "password policy",
  "kind.smtp": "smtp",
  "kind.texts": "texts",
  "kind.user profile": "user profile",
  "kind.required actions": "required actions",
  "kind.flows": "flows",
  "kind.roles": "roles",
  "kind.client scopes": "client scopes",
  "kind.clients": "clients",
  "kind.built-in clients": "built-in clients",
  "kind.groups": "groups",
  "kind.identity providers": "identity providers",
  "target.realm": "realm",
  "target.texts": "texts",
  "target.required action": "required action",
  "target.flow": "flow",
  "target.role": "role",
  "target.client scope": "client scope",
  "target.client": "client",
  "target.group": "group",
  "target.identity provider": "identity provider",
  "target.identity provider mapper": "identity provider mapper",

  verbatim: "{text}",
};

/** `a` and `b` as one catalogue; a key of both is a type error, not a message silently replaced. */
function join<A extends object, B extends object>(a: A, b: B & Record<Extract<keyof A, keyof B>, never>): A & B {
  return { ...a, ...b };
}

const fr = join(general, users.fr);

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = join(generalEn, users.en);

export const CATALOGUE = { fr, en } as const;
