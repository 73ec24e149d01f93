import { kcEnvDefaults } from "../../kc.gen";
import type { Establishment, EstablishmentInvitationSummary, EstablishmentRefusal } from "@siec/contract";
import type { MyApp } from "@siec/contract";
import { PROCONNECT } from "@siec/contract";
import type {
  AccountApi,
  ActionOutcome,
  CredentialKind,
  Device,
  FieldError,
  LinkedAccount,
  Profile,
} from "../accountApi";
import { accountMessages, type MessageKey } from "../i18n";
import type { AccountKcContext } from "../KcContext";
import type { AccountRoute } from "../routes";

/**
 * One preview state of an account page: its data, served by an AccountApi of its own, and, for a
 * state a person reaches by pressing buttons (a confirmation, a saved form), `play`, which presses
 * them once the page is shown (the preview runs it after rendering).
 */
export type AccountStory = {
  kcContext: AccountKcContext;
  route: AccountRoute;
  api: AccountApi;
  play?: () => Promise<void>;
};

export type StoryData = {
  actionOutcome?: ActionOutcome;
  profile?: Profile;
  refusals?: FieldError[];
  credentials?: CredentialKind[];
  devices?: Device[];
  apps?: MyApp[];
  /** The realm's identity providers (none unless told), ProConnect's from `proConnect()`. */
  linkedAccounts?: LinkedAccount[];
  /** Keycloak refuses to unlink (the account's last way to sign in). */
  unlinkRefused?: boolean;
  /** The établissements the account is the compte principal of. */
  establishments?: Establishment[];
  /** What an invitation's link shows, or why it is refused, and the refusal of the answer if any. */
  invitation?: EstablishmentInvitationSummary | { refusal: EstablishmentRefusal };
  invitationAnswer?: EstablishmentRefusal;
  /** A call that never answers: the page's loading state. */
  pending?: boolean;
  /** Calls that fail: the page's error state. */
  failing?: boolean;
  /** The actions (saving, signing out everywhere, adding, removing, answering) fail; reading works. */
  actionsFailing?: boolean;
  /** The buttons the person presses, by their text, in this order: each once the page shows it. */
  presses?: MessageKey[];
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

/** The realm's ProConnect, linked to the account's identity there when one is given. */
export function proConnect(linkedUsername?: string): LinkedAccount {
  return {
    providerAlias: PROCONNECT.alias,
    providerName: PROCONNECT.alias,
    displayName: "ProConnect",
    connected: linkedUsername !== undefined,
    social: false,
    linkedUsername,
  };
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
  const act = <T>(value: T | undefined) =>
    data.actionsFailing ? Promise.reject<T>(new Error("preview: the server does not answer")) : answer(value);
  const kinds = data.credentials ?? credentials();
  // What an unlinking changed, for the list read again after it.
  let linkedAccounts = data.linkedAccounts ?? [];
  const { presses } = data;
  return {
    kcContext: accountContext(languageTag, extra),
    route,
    play:
      presses === undefined
        ? undefined
        : async () => {
            for (const key of presses) await press(accountMessages[languageTag][key]);
          },
    api: {
      actionOutcome: data.actionOutcome,
      profile: () => answer(data.profile ?? marie),
      updateProfile: () => act(data.refusals),
      credentials: () => answer(kinds),
      devices: () => answer(data.devices ?? []),
      signOutEverywhere: () => act(undefined),
      apps: () => answer(data.apps ?? []),
      linkedAccounts: () => answer(linkedAccounts),
      unlinkAccount: async (providerAlias) => {
        const refusal = await act(data.unlinkRefused ? ("refused" as const) : undefined);
        if (refusal === undefined)
          linkedAccounts = linkedAccounts.map((account) =>
            account.providerAlias === providerAlias
              ? { ...account, connected: false, linkedUsername: undefined }
              : account,
          );
        return refusal;
      },
      establishments: () => answer(data.establishments ?? []),
      attachToEstablishment: () => act(undefined),
      detachFromEstablishment: () => act(undefined),
      invitation: () => answer(data.invitation ?? { uai: "0930122Y", invitedBy: "Anne Roux" }),
      answerInvitation: () => act(data.invitationAnswer),
      startAction: () => {},
      signOut: () => {},
    },
  };
}

/**
 * Clicks the button reading `text` once the page shows one (within 5 s), then waits for the page to
 * settle (nothing changed in its DOM for 100 ms, 2 s at most): what it shows then is the state after
 * the press.
 */
async function press(text: string): Promise<void> {
  const started = Date.now();
  const button = () =>
    Array.from(document.querySelectorAll("button")).find((candidate) => candidate.textContent?.trim() === text);
  while (button() === undefined) {
    if (Date.now() - started > 5000) throw new Error(`preview: no button reads "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  button()!.click();
  await new Promise<void>((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, 100);
    });
    const done = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet = setTimeout(done, 100);
    setTimeout(done, 2000);
  });
}
