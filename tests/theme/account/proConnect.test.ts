/**
 * "Mon compte" and ProConnect (issue 25): the Account REST API's linked accounts as
 * theme/src/account/restAccountApi.ts calls them, and what the Mot de passe page says of them
 * (theme/src/account/proConnect.ts): ProConnect in the realm's list, and the outcome of unlinking,
 * in words, Keycloak's refusal to remove an account's last way to sign in included.
 */
import { describe, expect, it } from "vitest";
import { AccountApiError, type CredentialKind, type LinkedAccount } from "../../../theme/src/account/accountApi";
import type { AccountSession } from "../../../theme/src/account/accountSession";
import type { AccountKcContext } from "../../../theme/src/account/KcContext";
import { hasOwnPassword, proConnectIn, unlinkOutcome } from "../../../theme/src/account/proConnect";
import { restAccountApi } from "../../../theme/src/account/restAccountApi";

const kcContext = {
  serverBaseUrl: "https://auth.siec.example",
  realm: { name: "siec" },
} as AccountKcContext;

/** A session answering every call with `answer`, recording what was asked. */
function sessionAnswering(answer: () => Promise<Response>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const session: AccountSession = {
    call: (url, init) => {
      calls.push({ url, init });
      return answer();
    },
    startAction: () => {},
    signOut: () => {},
  };
  return { api: restAccountApi(kcContext, session), calls };
}

const linkedAccount = (providerAlias: string, linkedUsername?: string): LinkedAccount => ({
  providerAlias,
  providerName: providerAlias,
  displayName: providerAlias,
  connected: linkedUsername !== undefined,
  social: false,
  linkedUsername,
});

describe("the Account REST API's linked accounts", () => {
  it("lists the realm's providers from linked-accounts, with the signal that abandons the read", async () => {
    const listed = [linkedAccount("proconnect", "marie.dupont@ac-creteil.fr")];
    const { api, calls } = sessionAnswering(async () => Response.json(listed));
    const abort = new AbortController();
    expect(await api.linkedAccounts(abort.signal)).toEqual(listed);
    expect(calls).toEqual([
      { url: "https://auth.siec.example/realms/siec/account/linked-accounts", init: { signal: abort.signal } },
    ]);
  });

  it("unlinks with a DELETE of the provider's alias: undefined when Keycloak answers 204", async () => {
    const { api, calls } = sessionAnswering(async () => new Response(null, { status: 204 }));
    expect(await api.unlinkAccount("proconnect")).toBeUndefined();
    expect(calls).toEqual([
      { url: "https://auth.siec.example/realms/siec/account/linked-accounts/proconnect", init: { method: "DELETE" } },
    ]);
  });

  it("is refused when Keycloak answers 400, as it does to remove the last way to sign in", async () => {
    const { api } = sessionAnswering(async () =>
      Response.json(
        { errorMessage: "You can't remove last federated identity as you don't have a password." },
        {
          status: 400,
        },
      ),
    );
    expect(await api.unlinkAccount("proconnect")).toBe("refused");
  });

  it("fails, for the page to say so, when the server does not answer", async () => {
    const { api } = sessionAnswering(() => Promise.reject(new AccountApiError(503, undefined)));
    await expect(api.unlinkAccount("proconnect")).rejects.toBeInstanceOf(AccountApiError);
  });

  it("puts the alias in the path as one segment", async () => {
    const { api, calls } = sessionAnswering(async () => new Response(null, { status: 204 }));
    await api.unlinkAccount("a/b?c");
    expect(calls[0]!.url).toBe("https://auth.siec.example/realms/siec/account/linked-accounts/a%2Fb%3Fc");
  });
});

describe("ProConnect in the realm's list", () => {
  it("is the provider whose alias is proconnect, linked or not", () => {
    const linked = linkedAccount("proconnect", "marie.dupont@ac-creteil.fr");
    expect(proConnectIn([linkedAccount("other"), linked])).toBe(linked);
    expect(proConnectIn([linkedAccount("proconnect")])?.connected).toBe(false);
  });

  it("is not there in a realm without it: the page then shows nothing of it", () => {
    expect(proConnectIn([])).toBeUndefined();
    expect(proConnectIn([linkedAccount("ProConnect-test")])).toBeUndefined();
  });
});

describe("the account's own password", () => {
  const kinds = (passwords: number): CredentialKind[] => [
    {
      type: "password",
      category: "basic-authentication",
      removeable: false,
      userCredentialMetadatas: Array.from({ length: passwords }, (_, index) => ({ credential: { id: `p${index}` } })),
    },
  ];

  it("is there when the password kind has a credential", () => {
    expect(hasOwnPassword(kinds(1))).toBe(true);
  });

  it("is not, when the kind has none or is not listed", () => {
    expect(hasOwnPassword(kinds(0))).toBe(false);
    expect(hasOwnPassword([])).toBe(false);
  });
});

describe("what the page says once the person confirmed unlinking", () => {
  it("says it is done", () => {
    expect(unlinkOutcome("unlinked", true)).toEqual({ severity: "success", message: "proConnectUnlinked" });
  });

  it("says why Keycloak refused an account without a password, and what to do", () => {
    expect(unlinkOutcome("refused", false)).toEqual({
      severity: "error",
      message: "proConnectUnlinkRefusedNoPassword",
    });
  });

  it("says the portal refused, without a reason it cannot know, when the account has a password", () => {
    expect(unlinkOutcome("refused", true)).toEqual({ severity: "error", message: "proConnectUnlinkRefused" });
  });

  it("says the portal did not answer", () => {
    expect(unlinkOutcome("failed", false)).toEqual({ severity: "error", message: "proConnectUnlinkFailed" });
    expect(unlinkOutcome("failed", true)).toEqual({ severity: "error", message: "proConnectUnlinkFailed" });
  });
});
