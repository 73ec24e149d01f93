import { z } from "zod";
import { duration } from "../resource-kit/duration";
import { coded } from "../messages/said";

/** Keycloak's own event listener, writing each event to the server's log. */
export const LOG_LISTENER = "jboss-logging";

/** `realm.yaml`: who the realm is and how people sign in. */
export const realmSettingsSchema = z
  .strictObject({
    realm: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: () => coded("schema.realmName") }),
    enabled: z.boolean().default(true),
    displayName: z.string().min(1),
    displayNameHtml: z.string().optional(),
    themes: z.strictObject({
      login: z.string(),
      email: z.string(),
      account: z.string().optional(),
    }),
    internationalization: z.strictObject({
      locales: z.array(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: () => coded("schema.locale") })).min(1),
      default: z.string(),
    }),
    login: z.strictObject({
      emailAsUsername: z.boolean(),
      signInWithEmail: z.boolean(),
      duplicateEmails: z.boolean(),
      selfRegistration: z.boolean(),
      forgottenPassword: z.boolean(),
      verifyEmail: z.boolean(),
      rememberMe: z.boolean(),
    }),
    /**
     * Keycloak's brute-force protection ("attack detection"), every setting of it: what Keycloak
     * would apply undeclared otherwise (its quick-login check locked an account after 2 failures
     * within a second).
     */
    bruteForce: z.strictObject({
      enabled: z.boolean(),
      failuresBeforeLockout: z.number().int().positive(),
      /** `multiple`: each failure from the `failuresBeforeLockout`th on locks for firstLockout × (failures ÷ failuresBeforeLockout); `linear`: firstLockout × (1 + failures − failuresBeforeLockout). */
      strategy: z.enum(["multiple", "linear"]),
      firstLockout: duration,
      maximumLockout: duration,
      failureResetTime: duration,
      permanentLockout: z.boolean(),
      /** With permanentLockout, how many temporary lockouts come before the permanent one (0: none). */
      temporaryLockoutsBeforePermanent: z.number().int().nonnegative(),
      /** Two failures closer than `withinMilliseconds` lock for `lockFor`, whatever the count; 0 turns it off. */
      quickLoginCheck: z.strictObject({
        withinMilliseconds: z.number().int().nonnegative(),
        lockFor: duration,
      }),
      /** Failed authenticator-app codes after which the account is disabled (0: never; the failures still count above). */
      otpFailuresBeforeDisabling: z.number().int().nonnegative(),
    }),
    securityHeaders: z
      .strictObject({
        contentSecurityPolicy: z.string(),
        contentSecurityPolicyReportOnly: z.string(),
        xFrameOptions: z.string(),
        xContentTypeOptions: z.string(),
        referrerPolicy: z.string(),
        strictTransportSecurity: z.string(),
        xRobotsTag: z.string(),
      })
      .partial(),
    events: z.strictObject({
      login: z.strictObject({ enabled: z.boolean(), retention: duration }),
      admin: z.strictObject({ enabled: z.boolean(), withRepresentation: z.boolean(), retention: duration }),
      /**
       * Who is told of each event: `jboss-logging` (Keycloak's log), `email` (the person's security
       * e-mails), `siec-previous-address` (the portal's extension: an address replaced, to the previous one).
       */
      listeners: z.array(z.string().min(1)).refine((listeners) => listeners.includes(LOG_LISTENER), {
        error: () => coded("schema.keepLogListener", { listener: LOG_LISTENER }),
      }),
    }),
    /**
     * Passkeys ("clés d'accès"): Keycloak's WebAuthn passwordless policy. Enabled, the sign-in form
     * also takes a passkey alone, and "Mon compte" offers to add one (required action
     * webauthn-register-passwordless). The keys are discoverable (resident), so that the browser
     * finds them before the person has said who they are.
     */
    passkeys: z.strictObject({
      enabled: z.boolean(),
      /** The name the person's device shows beside the passkey (WebAuthn's relying party name). */
      siteName: z.string().min(1),
      /** Whether the device must check who holds it (PIN, fingerprint…): `required` makes a passkey two factors in one. */
      userVerification: z.enum(["required", "preferred", "discouraged"]),
    }),
    /** Which flow runs for each step; the flows are declared in flows.yaml or built in. */
    flowBindings: z
      .strictObject({
        browser: z.string(),
        resetCredentials: z.string(),
        directGrant: z.string(),
      })
      .partial()
      .default({}),
  })
  .superRefine(({ internationalization: { locales, default: fallback } }, context) => {
    if (!locales.includes(fallback))
      context.addIssue({
        code: "custom",
        path: ["internationalization", "default"],
        message: coded("schema.defaultLocale", { locales: locales.join(", ") }),
      });
  });

export type RealmSettings = z.output<typeof realmSettingsSchema>;
