import Keycloak from "keycloak-js";
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
  type ActionOutcome,
  type CredentialKind,
  type Device,
  type FieldError,
  type Profile,
} from "./accountApi";
import { accountUrl, realmUrl, type AccountKcContext } from "./KcContext";

/**
 * Signs the person in to the account space (the `account-console` client, PKCE; the token stays in
 * memory) and gives the pages the Account REST API with it. Keycloak shows the account space only
 * to a browser with a session, so this is a round trip to the sign-in endpoint, not a form.
 */
export async function connectAccountApi(kcContext: AccountKcContext): Promise<AccountApi> {
  const keycloak = new Keycloak({
    url: kcContext.serverBaseUrl,
    realm: kcContext.realm.name,
    clientId: kcContext.clientId,
  });
  let actionOutcome: ActionOutcome | undefined;
  keycloak.onActionUpdate = (status, action) => {
    if (action !== undefined) actionOutcome = { action, status };
  };
  await keycloak.init({
    onLoad: "login-required",
    pkceMethod: "S256",
    checkLoginIframe: false,
    responseMode: "fragment",
  });
  const here = () => window.location.href.split("#")[0]!;

  async function call(url: string, init: RequestInit = {}): Promise<Response> {
    await keycloak.updateToken(30);
    const response = await fetch(url, {
      ...init,
      headers: {
        Accept: "application/json",
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        Authorization: `Bearer ${keycloak.token}`,
      },
    });
    if (!response.ok && response.status !== 400) throw new AccountApiError(response.status, await bodyOf(response));
    return response;
  }
  const account = (path: string) => `${accountUrl(kcContext)}${path.replace(/^\//, "")}`;
  const json = async <T>(url: string) => (await (await call(url)).json()) as T;
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
    actionOutcome,
    profile: () => json<Profile>(account("/")),
    async updateProfile(profile: Profile): Promise<FieldError[] | undefined> {
      const response = await call(account("/"), { method: "POST", body: JSON.stringify(profile) });
      if (response.ok) return undefined;
      return fieldErrorsOf(await bodyOf(response));
    },
    credentials: () => json<CredentialKind[]>(account("/credentials")),
    devices: () => json<Device[]>(account("/sessions/devices")),
    async signOutEverywhere() {
      await call(account("/sessions?current=true"), { method: "DELETE" });
      window.location.assign(accountUrl(kcContext));
    },
    apps: () => json<MyApp[]>(myAppsUrl(realmUrl(kcContext))),
    establishments: () => json<Establishment[]>(establishmentUrl(realmUrl(kcContext))),
    attachToEstablishment: (uai, email) =>
      refusalOf(establishmentAccountsUrl(realmUrl(kcContext), uai), {
        method: "POST",
        body: JSON.stringify({ email } satisfies EstablishmentAddition),
      }),
    detachFromEstablishment: (uai, email) =>
      refusalOf(`${establishmentAccountsUrl(realmUrl(kcContext), uai)}?email=${encodeURIComponent(email)}`, {
        method: "DELETE",
      }),
    async invitation(invitation) {
      const url = `${establishmentInvitationUrl(realmUrl(kcContext))}?${INVITATION_QUERY_PARAMETER}=${encodeURIComponent(invitation)}`;
      try {
        return await json<EstablishmentInvitationSummary>(url);
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
    startAction(action) {
      void keycloak.login({ action, redirectUri: here() });
    },
    signOut() {
      void keycloak.logout({ redirectUri: accountUrl(kcContext) });
    },
  };
}

function refusalIn(body: unknown): EstablishmentRefusal | undefined {
  const error = (body as Partial<EstablishmentRefused> | undefined)?.error;
  return ESTABLISHMENT_REFUSAL.values.find((refusal) => refusal === error);
}

async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
