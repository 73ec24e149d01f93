import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { formatDuration } from "../resource-kit/duration";
import { LOG_LISTENER, type RealmSettings } from "./schema";

const ADMIN_EVENTS_RETENTION = "adminEventsExpiration";
/** Passkeys are discoverable keys: the browser offers them before the person is known. */
const DISCOVERABLE = "required";

/** Fields of Keycloak's realm representation the admin client does not type. */
export type RealmWithPasskeyPolicy = RealmRepresentation & {
  webAuthnPolicyPasswordlessRpEntityName?: string;
  webAuthnPolicyPasswordlessResidentKey?: string;
  webAuthnPolicyPasswordlessUserVerificationRequirement?: string;
};

/** The realm settings as Keycloak names them, minus flow bindings (written after the flows). */
export function toRepresentation(settings: RealmSettings): RealmWithPasskeyPolicy {
  return {
    realm: settings.realm,
    enabled: settings.enabled,
    displayName: settings.displayName,
    ...(settings.displayNameHtml !== undefined && { displayNameHtml: settings.displayNameHtml }),
    loginTheme: settings.themes.login,
    emailTheme: settings.themes.email,
    ...(settings.themes.account !== undefined && { accountTheme: settings.themes.account }),
    internationalizationEnabled: true,
    supportedLocales: settings.internationalization.locales,
    defaultLocale: settings.internationalization.default,
    registrationEmailAsUsername: settings.login.emailAsUsername,
    loginWithEmailAllowed: settings.login.signInWithEmail,
    duplicateEmailsAllowed: settings.login.duplicateEmails,
    registrationAllowed: settings.login.selfRegistration,
    resetPasswordAllowed: settings.login.forgottenPassword,
    verifyEmail: settings.login.verifyEmail,
    rememberMe: settings.login.rememberMe,
    bruteForceProtected: settings.bruteForce.enabled,
    failureFactor: settings.bruteForce.failuresBeforeLockout,
    waitIncrementSeconds: settings.bruteForce.firstLockout,
    maxFailureWaitSeconds: settings.bruteForce.maximumLockout,
    maxDeltaTimeSeconds: settings.bruteForce.failureResetTime,
    permanentLockout: settings.bruteForce.permanentLockout,
    bruteForceStrategy: settings.bruteForce.strategy === "linear" ? "LINEAR" : "MULTIPLE",
    maxTemporaryLockouts: settings.bruteForce.temporaryLockoutsBeforePermanent,
    quickLoginCheckMilliSeconds: settings.bruteForce.quickLoginCheck.withinMilliseconds,
    minimumQuickLoginWaitSeconds: settings.bruteForce.quickLoginCheck.lockFor,
    maxSecondaryAuthFailures: settings.bruteForce.otpFailuresBeforeDisabling,
    browserSecurityHeaders: settings.securityHeaders as Record<string, string>,
    eventsEnabled: settings.events.login.enabled,
    eventsExpiration: settings.events.login.retention,
    adminEventsEnabled: settings.events.admin.enabled,
    adminEventsDetailsEnabled: settings.events.admin.withRepresentation,
    eventsListeners: settings.events.listeners,
    webAuthnPolicyPasswordlessPasskeysEnabled: settings.passkeys.enabled,
    webAuthnPolicyPasswordlessRpEntityName: settings.passkeys.siteName,
    webAuthnPolicyPasswordlessResidentKey: DISCOVERABLE,
    webAuthnPolicyPasswordlessUserVerificationRequirement: settings.passkeys.userVerification,
    // Keycloak keeps the admin events' retention as a realm attribute (the admin console's "Expiration").
    attributes: { [ADMIN_EVENTS_RETENTION]: String(settings.events.admin.retention) },
  };
}

export function fromRepresentation(realm: RealmWithPasskeyPolicy): RealmSettings {
  const headers = realm.browserSecurityHeaders ?? {};
  return {
    realm: realm.realm!,
    enabled: realm.enabled ?? true,
    displayName: realm.displayName ?? realm.realm!,
    ...(realm.displayNameHtml && { displayNameHtml: realm.displayNameHtml }),
    themes: {
      login: realm.loginTheme ?? "keycloak.v2",
      email: realm.emailTheme ?? "keycloak",
      ...(realm.accountTheme && { account: realm.accountTheme }),
    },
    internationalization: { locales: realm.supportedLocales ?? [], default: realm.defaultLocale ?? "" },
    login: {
      emailAsUsername: realm.registrationEmailAsUsername ?? false,
      signInWithEmail: realm.loginWithEmailAllowed ?? false,
      duplicateEmails: realm.duplicateEmailsAllowed ?? false,
      selfRegistration: realm.registrationAllowed ?? false,
      forgottenPassword: realm.resetPasswordAllowed ?? false,
      verifyEmail: realm.verifyEmail ?? false,
      rememberMe: realm.rememberMe ?? false,
    },
    bruteForce: {
      enabled: realm.bruteForceProtected ?? false,
      failuresBeforeLockout: realm.failureFactor ?? 30,
      strategy: realm.bruteForceStrategy === "LINEAR" ? "linear" : "multiple",
      firstLockout: realm.waitIncrementSeconds ?? 60,
      maximumLockout: realm.maxFailureWaitSeconds ?? 900,
      failureResetTime: realm.maxDeltaTimeSeconds ?? 43_200,
      permanentLockout: realm.permanentLockout ?? false,
      // Keycloak's defaults for a new realm.
      temporaryLockoutsBeforePermanent: realm.maxTemporaryLockouts ?? 0,
      quickLoginCheck: {
        withinMilliseconds: realm.quickLoginCheckMilliSeconds ?? 1000,
        lockFor: realm.minimumQuickLoginWaitSeconds ?? 60,
      },
      otpFailuresBeforeDisabling: realm.maxSecondaryAuthFailures ?? 0,
    },
    securityHeaders: headers,
    events: {
      login: { enabled: realm.eventsEnabled ?? false, retention: realm.eventsExpiration ?? 0 },
      admin: {
        enabled: realm.adminEventsEnabled ?? false,
        withRepresentation: realm.adminEventsDetailsEnabled ?? false,
        retention: Number(realm.attributes?.[ADMIN_EVENTS_RETENTION] ?? 0),
      },
      listeners: realm.eventsListeners ?? [LOG_LISTENER],
    },
    passkeys: {
      enabled: realm.webAuthnPolicyPasswordlessPasskeysEnabled ?? false,
      siteName: realm.webAuthnPolicyPasswordlessRpEntityName || "keycloak",
      userVerification: userVerification(realm.webAuthnPolicyPasswordlessUserVerificationRequirement),
    },
    flowBindings: {
      ...(realm.browserFlow && { browser: realm.browserFlow }),
      ...(realm.resetCredentialsFlow && { resetCredentials: realm.resetCredentialsFlow }),
      ...(realm.directGrantFlow && { directGrant: realm.directGrantFlow }),
    },
  };
}

/** Durations are written back readable: `maximumLockout: 15m`. */
export function exportable(settings: RealmSettings): unknown {
  return {
    ...settings,
    bruteForce: {
      ...settings.bruteForce,
      firstLockout: formatDuration(settings.bruteForce.firstLockout),
      maximumLockout: formatDuration(settings.bruteForce.maximumLockout),
      failureResetTime: formatDuration(settings.bruteForce.failureResetTime),
      quickLoginCheck: {
        ...settings.bruteForce.quickLoginCheck,
        lockFor: formatDuration(settings.bruteForce.quickLoginCheck.lockFor),
      },
    },
    events: {
      ...settings.events,
      login: { ...settings.events.login, retention: formatDuration(settings.events.login.retention) },
      admin: { ...settings.events.admin, retention: formatDuration(settings.events.admin.retention) },
    },
  };
}

/** Keycloak's "not specified" (the device decides) is written back as `preferred`, what browsers then apply. */
function userVerification(live: string | undefined): RealmSettings["passkeys"]["userVerification"] {
  return live === "required" || live === "discouraged" ? live : "preferred";
}
