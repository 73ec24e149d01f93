import Keycloak from "keycloak-js";
import { AccountApiError, type AccountAction, type ActionOutcome } from "./accountApi";
import { accountUrl, type AccountKcContext } from "./KcContext";

/**
 * The person's sign-in to the account space and the HTTP calls made with it: what restAccountApi.ts
 * builds the API on. The token stays in memory; a session that ended (the token cannot be refreshed,
 * or the server answers 401) sends the person to sign in again and back to the page they were on.
 */
export type AccountSession = {
  /** How the sign-in pages' step the person came back from ended, if they came back from one. */
  readonly actionOutcome?: ActionOutcome;
  /** The call with the person's token; a response other than 2xx and 400 is thrown as an AccountApiError. */
  call(url: string, init?: RequestInit): Promise<Response>;
  /** Leaves the account space for the sign-in pages' step, then comes back to this page. */
  startAction(action: AccountAction): void;
  signOut(): void;
};

/** Where the action the person left for is kept until they come back (Keycloak may not name it then). */
const STARTED_ACTION = "siec-account-action";
/** When this tab last left to sign in again: a token refused right after that is not a session that ended. */
const SIGNED_IN_AGAIN_AT = "siec-account-signed-in-again-at";
const SIGN_IN_AGAIN_ONCE_WITHIN_MS = 60_000;

/**
 * Signs the person in (the `account-console` client, PKCE). Keycloak shows the account space only
 * to a browser with a session, so this is a round trip to the sign-in endpoint, not a form.
 */
export async function startAccountSession(kcContext: AccountKcContext): Promise<AccountSession> {
  const keycloak = new Keycloak({
    url: kcContext.serverBaseUrl,
    realm: kcContext.realm.name,
    clientId: kcContext.clientId,
  });
  let actionOutcome: ActionOutcome | undefined;
  keycloak.onActionUpdate = (status, action) => {
    const started = sessionStorage.getItem(STARTED_ACTION) ?? undefined;
    actionOutcome = { action: action ?? started ?? "", status };
  };
  await keycloak.init({
    onLoad: "login-required",
    pkceMethod: "S256",
    checkLoginIframe: false,
    responseMode: "fragment",
  });
  sessionStorage.removeItem(STARTED_ACTION);
  const signedInAgainAt = Number(sessionStorage.getItem(SIGNED_IN_AGAIN_AT) ?? 0);
  sessionStorage.removeItem(SIGNED_IN_AGAIN_AT);
  const here = () => window.location.href.split("#")[0]!;

  let signingInAgain: Promise<never> | undefined;
  /**
   * The session ended: to the sign-in page, and back here; what waited for the call never resumes.
   * A token refused although it was just given (an account without the account space's roles)
   * would send the person round for ever: the call fails instead, and the page says so.
   */
  function signInAgain(status: number): Promise<never> {
    if (Date.now() - signedInAgainAt < SIGN_IN_AGAIN_ONCE_WITHIN_MS)
      return Promise.reject(new AccountApiError(status, undefined));
    sessionStorage.setItem(SIGNED_IN_AGAIN_AT, String(Date.now()));
    signingInAgain ??= keycloak.login({ redirectUri: here() }).then(() => new Promise<never>(() => {}));
    return signingInAgain;
  }

  return {
    actionOutcome,
    async call(url, init = {}) {
      try {
        await keycloak.updateToken(30);
      } catch {
        return signInAgain(401);
      }
      const response = await fetch(url, {
        ...init,
        headers: {
          Accept: "application/json",
          ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
          Authorization: `Bearer ${keycloak.token}`,
        },
      });
      if (response.status === 401) return signInAgain(401);
      if (!response.ok && response.status !== 400) throw new AccountApiError(response.status, await bodyOf(response));
      return response;
    },
    startAction(action) {
      sessionStorage.setItem(STARTED_ACTION, action);
      void keycloak.login({ action, redirectUri: here() });
    },
    signOut() {
      void keycloak.logout({ redirectUri: accountUrl(kcContext) });
    },
  };
}

/** The response's JSON, undefined when it has none. */
export async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
