import { kcEnvDefaults } from "../../kc.gen";
import type { Establishment } from "@siec/contract";
import type { AccountApi, ActionOutcome, App, CredentialKind, Device, FieldError, Profile } from "../accountApi";
import type { AccountKcContext } from "../KcContext";
import type { AccountRoute } from "../routes";

/** One preview state of an account page: its data, served by an AccountApi of its own. */
export type AccountStory = { kcContext: AccountKcContext; route: AccountRoute; api: AccountApi };

export type StoryData = {
  actionOutcome?: ActionOutcome;
  profile?: Profile;
  refusals?: FieldError[];
  credentials?: CredentialKind[];
  devices?: Device[];
  apps?: App[];
  /** The établissements the account is the compte principal of. */
  establishments?: Establishment[];
  /** A call that never answers: the page's loading state. */
  pending?: boolean;
  /** Calls that fail: the page's error state. */
  failing?: boolean;
};

const day = 24 * 3600 * 1000;
/** A fixed "now" so that the screenshots do not change from one run to the next. */
export const storyNow = Date.UTC(2026, 11, 2, 9, 30);

export const marie: Profile = {
  username: "marie.dupont@ac-creteil.fr",
  email: "marie.dupont@ac-creteil.fr",
  emailVerified: true,
  firstName: "Marie",
  lastName: "Dupont",
  attributes: { etablissement: ["0930122Y", "0931584S"] },
};

export function credentials(kinds: { otp?: number; passkeys?: number } = {}): CredentialKind[] {
  const some = (count: number, type: string, labels: string[]) =>
    labels.slice(0, count).map((userLabel, index) => ({
      credential: { id: `${type}-${index}`, userLabel, createdDate: storyNow - (index + 3) * 30 * day },
    }));
  return [
    {
      type: "password",
      category: "basic-authentication",
      updateAction: "UPDATE_PASSWORD",
      removeable: false,
      userCredentialMetadatas: [{ credential: { id: "password", createdDate: storyNow - 42 * day } }],
    },
    {
      type: "otp",
      category: "two-factor",
      createAction: "CONFIGURE_TOTP",
      removeable: true,
      userCredentialMetadatas: some(kinds.otp ?? 0, "otp", ["Téléphone professionnel", ""]),
    },
    {
      type: "webauthn-passwordless",
      category: "passwordless",
      createAction: "webauthn-register-passwordless",
      removeable: true,
      userCredentialMetadatas: some(kinds.passkeys ?? 0, "passkey", ["Ordinateur du bureau"]),
    },
  ];
}

/** The account page's context as Keycloak's account console gives it for the SIEC realm. */
export function accountContext(
  languageTag: "fr" | "en" = "fr",
  extra: Partial<AccountKcContext> = {},
): AccountKcContext {
  return {
    themeType: "account",
    themeName: "siec",
    pageId: "index.ftl",
    serverBaseUrl: "https://auth.siec.example",
    realm: { name: "siec" },
    clientId: "account-console",
    locale: languageTag,
    supportedLocales: { fr: "Français", en: "English" },
    properties: kcEnvDefaults,
    updateEmailFeatureEnabled: true,
    updateEmailActionEnabled: true,
    ...extra,
  };
}

/** An account story: the route, the data its AccountApi answers with, French unless told. */
export function story(
  route: AccountRoute,
  data: StoryData,
  languageTag: "fr" | "en" = "fr",
  extra: Partial<AccountKcContext> = {},
): AccountStory {
  const answer = <T>(value: T | undefined) =>
    data.pending
      ? new Promise<T>(() => {})
      : data.failing
        ? Promise.reject(new Error("preview: the server does not answer"))
        : Promise.resolve(value as T);
  return {
    kcContext: accountContext(languageTag, extra),
    route,
    api: {
      actionOutcome: data.actionOutcome,
      profile: () => answer(data.profile ?? marie),
      updateProfile: () => answer(data.refusals),
      credentials: () => answer(data.credentials ?? credentials()),
      removeCredential: () => answer(undefined),
      devices: () => answer(data.devices ?? []),
      signOutEverywhere: () => answer(undefined),
      apps: () => answer(data.apps ?? []),
      establishments: () => answer(data.establishments ?? []),
      attachToEstablishment: () => answer(undefined),
      detachFromEstablishment: () => answer(undefined),
      startAction: () => {},
      signOut: () => {},
    },
  };
}
