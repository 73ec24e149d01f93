/**
 * Attack tests (issue 7): open redirects and protocol downgrades, for every app client that
 * realm-config/clients/*.yaml declares, against the run's real Keycloak. Plain HTTP, redirects
 * never followed: a redirect to a foreign origin would be seen in `Location`, not taken.
 */
import { describe, expect, it } from "vitest";
import { adminClient, personWithPassword, testStack } from "../support/keycloak";
import {
  appClients,
  authorizationUrl,
  codeFlowUrl,
  CookieJar,
  exchangeCode,
  loginAction,
  pageId,
  pageMessage,
  pkce,
  signIn,
} from "./http";

const clients = await appClients();
const { keycloakUrl, realm } = testStack();
const endSession = `${keycloakUrl}/realms/${realm}/protocol/openid-connect/logout`;
const tokenEndpoint = `${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`;

/** What an attacker puts in place of the app's address `root` (e.g. http://localhost:5173). */
function tricks(root: string): Record<string, string> {
  const url = new URL(root);
  const otherScheme = url.protocol === "http:" ? "https:" : "http:";
  return {
    "a foreign site": "https://evil.test/",
    "another port": `${url.protocol}//${url.hostname}:${Number(url.port || 80) + 1}/`,
    "userinfo before a foreign host": `${url.protocol}//${url.host}@evil.test/`,
    "a backslash before a foreign host": `${root}\\@evil.test/`,
    "path traversal": `${root}/../`,
    "path traversal out of an allowed file": `${root}/silent-check-sso.html/../../evil`,
    "encoded path traversal": `${root}/%2e%2e/`,
    "encoded slashes": `${root}/%2F%2Fevil.test/`,
    "a double slash": `${root}//evil.test/`,
    "a trailing path": `${root}/callback`,
    "a path after an allowed file": `${root}/silent-check-sso.html/x`,
    "another scheme": `${otherScheme}//${url.host}/`,
    "a javascript: URL": `javascript:alert(document.domain)//${url.host}/`,
    "a wildcard-looking host suffix": `${url.protocol}//${url.host}.evil.test/`,
    "a protocol-relative URL": "//evil.test/",
    "an added query": `${root}/?next=https://evil.test/`,
    "a fragment": `${root}/#@evil.test`,
  };
}

describe.each(clients.map((client) => [client.clientId, client] as const))("the %s client", (clientId, client) => {
  const root = client.rootUrl!;
  const redirectUri = client.redirectUris[0]!;

  it("accepts its own redirect URIs (the control case)", async () => {
    for (const allowed of client.redirectUris) {
      const answer = await new CookieJar().request(codeFlowUrl(realm, { clientId, redirectUri: allowed }));
      expect(answer.status, allowed).toBe(200);
      expect(pageId(answer.body)).toBe("login.ftl");
    }
  });

  it("refuses every foreign or tricked redirect_uri with Keycloak's error page, without redirecting", async () => {
    for (const [trick, foreign] of Object.entries(tricks(root))) {
      const answer = await new CookieJar().request(codeFlowUrl(realm, { clientId, redirectUri: foreign }));
      expect({ trick, status: answer.status, location: answer.location }).toEqual({
        trick,
        status: 400,
        location: null,
      });
      expect(pageId(answer.body), trick).toBe("error.ftl");
      expect(pageMessage(answer.body), trick).toBe("Paramètre invalide : redirect_uri");
    }
  });

  it("refuses every foreign or tricked post_logout_redirect_uri on the end-session endpoint", async () => {
    for (const [trick, foreign] of Object.entries(tricks(root))) {
      const query = new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: foreign });
      const answer = await new CookieJar().request(`${endSession}?${query}`);
      expect({ trick, status: answer.status, location: answer.location }).toEqual({
        trick,
        status: 400,
        location: null,
      });
      expect(pageId(answer.body), trick).toBe("error.ftl");
      expect(pageMessage(answer.body), trick).toBe("L'URI de redirection est invalide");
    }
    const allowed = new URLSearchParams({
      client_id: clientId,
      post_logout_redirect_uri: client.postLogoutRedirectUris[0]!,
    });
    const control = await new CookieJar().request(`${endSession}?${allowed}`);
    expect(control.location).toBe(client.postLogoutRedirectUris[0]);
  });

  it("refuses the implicit flow (response_type=token, id_token token), telling only the app", async () => {
    for (const responseType of ["token", "id_token token", "id_token"]) {
      const answer = await new CookieJar().request(
        authorizationUrl(realm, {
          client_id: clientId,
          redirect_uri: redirectUri,
          response_type: responseType,
          scope: "openid",
          nonce: "n",
        }),
      );
      expect(answer.status, responseType).toBe(302);
      expect(answer.location!.startsWith(`${redirectUri}#error=unauthorized_client`), answer.location!).toBe(true);
      expect(answer.location).not.toMatch(/access_token|id_token=/);
    }
  });

  it("refuses the password grant on the token endpoint", async () => {
    const response = await fetch(tokenEndpoint, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        client_id: clientId,
        username: "x@example.org",
        password: "x",
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "unauthorized_client",
      error_description: "Client not allowed for direct access grants",
    });
  });

  it("requires PKCE S256: no code_challenge, or the plain method, is refused", async () => {
    const withoutPkce = await new CookieJar().request(
      codeFlowUrl(realm, { clientId, redirectUri }, { code_challenge: undefined, code_challenge_method: undefined }),
    );
    expect(withoutPkce.status).toBe(302);
    const refused = new URL(withoutPkce.location!);
    expect(refused.searchParams.get("error")).toBe("invalid_request");
    expect(refused.searchParams.get("error_description")).toBe("Missing parameter: code_challenge_method");
    expect(refused.searchParams.has("code")).toBe(false);

    const plain = await new CookieJar().request(
      codeFlowUrl(realm, { clientId, redirectUri }, { code_challenge_method: "plain" }),
    );
    expect(new URL(plain.location!).searchParams.get("error")).toBe("invalid_request");
  });

  it("is declared so on the live server (admin API): public, standard flow only, PKCE S256, exact URIs", async () => {
    const [live] = await (await adminClient()).clients.find({ clientId });
    expect(live).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
    });
    // Keycloak keeps them as sets: the order is its own.
    expect([...live!.redirectUris!].sort()).toEqual([...client.redirectUris].sort());
    expect([...live!.webOrigins!].sort()).toEqual([...client.webOrigins].sort());
    expect(live!.attributes).toMatchObject({
      "pkce.code.challenge.method": "S256",
    });
    expect(String(live!.attributes!["post.logout.redirect.uris"]).split("##").sort()).toEqual(
      [...client.postLogoutRedirectUris].sort(),
    );
    for (const uri of [...live!.redirectUris!, ...client.postLogoutRedirectUris]) expect(uri).not.toContain("*");
  });
});

describe("a signed-in person", () => {
  async function person() {
    const password = "Examens2026$ok";
    const { email } = await personWithPassword("redirects", { value: password });
    return { username: email, password };
  }
  const [app] = clients;

  it("is not sent to a foreign post_logout_redirect_uri even with a valid id_token_hint", async () => {
    const jar = new CookieJar();
    const tokens = await signIn(
      jar,
      realm,
      { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! },
      await person(),
    );
    const query = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: "https://evil.test/",
    });
    const answer = await jar.request(`${endSession}?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.location).toBeNull();
    expect(pageMessage(answer.body)).toBe("L'URI de redirection est invalide");
  });

  it("cannot exchange a code without its PKCE verifier, or with another one", async () => {
    const client = { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! };
    const jar = new CookieJar();
    const credentials = await person();
    async function code(): Promise<string> {
      const page = await jar.request(codeFlowUrl(realm, client, { code_challenge: pkce().challenge }));
      // The first time through the sign-in form, then single sign-on: straight back to the app.
      const answer = page.location ? page : await jar.request(loginAction(page.body), { form: credentials });
      const value = new URL(answer.location!).searchParams.get("code");
      expect(value).toBeTruthy();
      return value!;
    }

    const withoutVerifier = await fetch(tokenEndpoint, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: client.clientId,
        redirect_uri: client.redirectUri,
        code: await code(),
      }),
    });
    expect(withoutVerifier.status).toBe(400);
    expect(await withoutVerifier.json()).toMatchObject({ error: "invalid_grant" });
    await expect(exchangeCode(realm, client, await code(), pkce().verifier)).rejects.toThrow(/HTTP 400.*invalid_grant/);
  });

  it("gets a new refresh token at each refresh, and a refresh token used once is refused (rotation)", async () => {
    const client = { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! };
    const tokens = await signIn(new CookieJar(), realm, client, await person());
    const refresh = async (refreshToken: string) => {
      const response = await fetch(tokenEndpoint, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "refresh_token",
          client_id: client.clientId,
          refresh_token: refreshToken,
        }),
      });
      return { status: response.status, body: (await response.json()) as { refresh_token?: string; error?: string } };
    };

    const renewed = await refresh(tokens.refresh_token);
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(tokens.refresh_token);
    // A stolen copy of the first refresh token is worth nothing once the app has used it.
    expect(await refresh(tokens.refresh_token)).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });
});

describe("the CLI's service account (siec-admin-cli)", () => {
  it("cannot sign people in: no browser flow, no implicit flow, no password grant", async () => {
    const [live] = await (await adminClient()).clients.find({ clientId: "siec-admin-cli" });
    expect(live).toMatchObject({
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
  });
});

describe("Keycloak's own clients of the realm (realm-config/built-in-clients.yaml)", async () => {
  const apps = new Set([...clients.map((client) => client.clientId), "siec-admin-cli"]);
  const builtIn = (await (await adminClient()).clients.find({ realm }))
    .map((client) => client.clientId!)
    .filter((clientId) => !apps.has(clientId));
  const password = "Temporaire-2026-x";
  const person = await personWithPassword("built-in-clients", { value: password, temporary: true });

  const passwordGrant = async (clientId: string, tried: string) => {
    const response = await fetch(tokenEndpoint, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        client_id: clientId,
        username: person.email,
        password: tried,
      }),
    });
    return { status: response.status, body: await response.text() };
  };

  it("are the ones Keycloak makes with every realm", () => {
    expect(builtIn.sort()).toEqual([
      "account",
      "account-console",
      "admin-cli",
      "broker",
      "realm-management",
      "security-admin-console",
    ]);
  });

  it.each(builtIn)("%s gives no token for a password, and answers a right and a wrong one alike", async (clientId) => {
    const right = await passwordGrant(clientId, password);
    const wrong = await passwordGrant(clientId, `${password}-wrong`);
    expect(right.status).toBeGreaterThanOrEqual(400);
    expect(right.body).not.toContain("access_token");
    expect(right).toEqual(wrong);
  });
});
