import {
  establishmentAccountsUrl,
  establishmentInvitationUrl,
  establishmentUrl,
  ESTABLISHMENT_REFUSAL,
  INVITATION_QUERY_PARAMETER,
  myAppsUrl,
  type Establishment,
  type EstablishmentAddition,
  type EstablishmentInvitationAnswer,
  type EstablishmentInvitationSummary,
  type EstablishmentRefusal,
  type EstablishmentRefused,
  type MyApp,
} from "@siec/contract";
import {
  AccountApiError,
  fieldErrorsOf,
  type AccountApi,
  type CredentialKind,
  type Device,
  type FieldError,
  type LinkedAccount,
  type Profile,
} from "./accountApi";
import { bodyOf, type AccountSession } from "./accountSession";
import { accountUrl, realmUrl, type AccountKcContext } from "./KcContext";

/**
 * The Account REST API and the extension's endpoints, called with the person's session
 * (accountSession.ts holds the sign-in and the HTTP): what each answer means for the pages.
 */
export function restAccountApi(kcContext: AccountKcContext, session: AccountSession): AccountApi {
  const { call } = session;
  const account = (path: string) => `${accountUrl(kcContext)}${path.replace(/^\//, "")}`;
  const json = async <T>(url: string, signal?: AbortSignal) => (await (await call(url, { signal })).json()) as T;
  /** The extension's refusal (`{"error": …}`) of a change, undefined when it was made. */
  async function refusalOf(url: string, init: RequestInit): Promise<EstablishmentRefusal | undefined> {
    try {
      const response = await call(url, init);
      return response.ok ? undefined : refusalIn(await bodyOf(response));
    } catch (error) {
      const refusal = error instanceof AccountApiError ? refusalIn(error.body) : undefined;
      if (refusal === undefined) throw error;
      return refusal;
    }
  }

  return {
    actionOutcome: session.actionOutcome,
    profile: (signal) => json<Profile>(account("/"), signal),
    async updateProfile(profile: Profile): Promise<FieldError[] | undefined> {
      const response = await call(account("/"), { method: "POST", body: JSON.stringify(profile) });
      if (response.ok) return undefined;
      return fieldErrorsOf(await bodyOf(response));
    },
    credentials: (signal) => json<CredentialKind[]>(account("/credentials"), signal),
    devices: (signal) => json<Device[]>(account("/sessions/devices"), signal),
    async signOutEverywhere() {
      await call(account("/sessions?current=true"), { method: "DELETE" });
      window.location.assign(accountUrl(kcContext));
    },
    linkedAccounts: (signal) => json<LinkedAccount[]>(account("/linked-accounts"), signal),
    async unlinkAccount(providerAlias) {
      const url = account(`/linked-accounts/${encodeURIComponent(providerAlias)}`);
      // Keycloak answers a refusal with a 400 and a sentence of its own, which the page words itself.
      return (await call(url, { method: "DELETE" })).ok ? undefined : "refused";
    },
    apps: (signal) => json<MyApp[]>(myAppsUrl(realmUrl(kcContext)), signal),
    establishments: (signal) => json<Establishment[]>(establishmentUrl(realmUrl(kcContext)), signal),
    attachToEstablishment: (uai, email) =>
      refusalOf(establishmentAccountsUrl(realmUrl(kcContext), uai), {
        method: "POST",
        body: JSON.stringify({ email } satisfies EstablishmentAddition),
      }),
    detachFromEstablishment: (uai, email) =>
      refusalOf(`${establishmentAccountsUrl(realmUrl(kcContext), uai)}?email=${encodeURIComponent(email)}`, {
        method: "DELETE",
      }),
    async invitation(invitation, signal) {
      const url = `${establishmentInvitationUrl(realmUrl(kcContext))}?${INVITATION_QUERY_PARAMETER}=${encodeURIComponent(invitation)}`;
      try {
        return await json<EstablishmentInvitationSummary>(url, signal);
      } catch (error) {
        const refusal = error instanceof AccountApiError ? refusalIn(error.body) : undefined;
        if (refusal === undefined) throw error;
        return { refusal };
      }
    },
    answerInvitation: (invitation, accept) =>
      refusalOf(establishmentInvitationUrl(realmUrl(kcContext)), {
        method: "POST",
        body: JSON.stringify({ invitation, accept } satisfies EstablishmentInvitationAnswer),
      }),
    startAction: (action) => session.startAction(action),
    signOut: () => session.signOut(),
  };
}

function refusalIn(body: unknown): EstablishmentRefusal | undefined {
  const error = (body as Partial<EstablishmentRefused> | undefined)?.error;
  return ESTABLISHMENT_REFUSAL.values.find((refusal) => refusal === error);
}
