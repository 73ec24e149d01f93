import { createPublicKey, randomBytes, verify, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts } from "../../stack/ports";
import { startProConnect, type ProConnect, type ProConnectPerson } from "../../stack/proconnect/provider";

const client = {
  clientId: "portail-siec",
  clientSecret: "secret-du-portail",
  redirectUris: ["http://127.0.0.1:8080/realms/siec/broker/proconnect/endpoint"],
  postLogoutRedirectUris: ["http://127.0.0.1:8080/realms/siec/broker/proconnect/endpoint/logout_response"],
};

const agent: ProConnectPerson = {
  sub: "b6a1d2c0-agent-creteil",
  email: "camille.martin@ac-creteil.fr",
  given_name: "Camille",
  usual_name: "Martin",
  uid: "cmartin",
  siret: "17940001100019",
  idp_id: "ac-creteil",
};

const SCOPES = "openid email given_name usual_name uid siret idp_id";

/** A browser's cookies for the one provider these tests talk to. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [name = "", value = ""] = cookie.split(";")[0]!.split(/=(.*)/s);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }
}

/** One request of the browser, redirects not followed. */
async function browse(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, {
    ...init,
    redirect: "manual",
    headers: { ...init.headers, cookie: jar.header() },
  });
  jar.keep(response);
  return response;
}

function location(response: Response, base: string): URL {
  expect(response.status, `a redirect from ${base}`).toBeGreaterThanOrEqual(300);
  expect(response.status).toBeLessThan(400);
  return new URL(response.headers.get("location")!, base);
}

function randomValue(): string {
  return randomBytes(32).toString("hex");
}

type Jwks = { keys: (JsonWebKey & { kid: string })[] };

/** The payload of a JWT signed RS256 by a key of the JWKS, or a failed expectation. */
function verifiedPayload(jwt: string, jwks: Jwks): Record<string, unknown> {
  const [header = "", payload = "", signature = ""] = jwt.split(".");
  const { alg, kid } = JSON.parse(Buffer.from(header, "base64url").toString()) as { alg: string; kid: string };
  expect(alg).toBe("RS256");
  const key = jwks.keys.find((candidate) => candidate.kid === kid);
  expect(key, `key ${kid} in the JWKS`).toBeDefined();
  const signed = Buffer.from(`${header}.${payload}`);
  const publicKey = createPublicKey({ key: key!, format: "jwk" });
  expect(verify("sha256", signed, publicKey, Buffer.from(signature, "base64url"))).toBe(true);
  return JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
}

/** An authorization request with ProConnect's parameters; its endpoints are where ProConnect's documentation puts them. */
function authorizeUrl(issuer: string, extra: Record<string, string> = {}) {
  const state = randomValue();
  const nonce = randomValue();
  const query = new URLSearchParams({
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: client.redirectUris[0]!,
    scope: SCOPES,
    acr_values: "eidas1",
    state,
    nonce,
    ...extra,
  });
  return { url: `${issuer}/authorize?${query}`, state, nonce };
}

function postForm(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  };
}

/** Follows the provider's redirects, the browser's way, to the first address outside it. */
async function followOut(jar: CookieJar, issuer: string, response: Response, from: string): Promise<URL> {
  let next = location(response, from);
  while (next.origin === new URL(issuer).origin) next = location(await browse(jar, next.href), next.href);
  return next;
}

/** Authorize, give `email` on the sign-in form, and come back to the redirect_uri. */
async function signIn(jar: CookieJar, issuer: string, email: string, extra: Record<string, string> = {}) {
  const { url, state, nonce } = authorizeUrl(issuer, extra);
  const interaction = location(await browse(jar, url), url);
  const form = await browse(jar, interaction.href);
  expect(form.status).toBe(200);
  const page = await form.text();
  const callback = await followOut(
    jar,
    issuer,
    await browse(jar, interaction.href, postForm({ email })),
    interaction.href,
  );
  return { page, callback, state, nonce };
}

async function tokens(issuer: string, callback: URL) {
  const response = await fetch(
    `${issuer}/token`,
    postForm({
      grant_type: "authorization_code",
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uri: client.redirectUris[0]!,
      code: callback.searchParams.get("code")!,
    }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string; id_token: string; token_type: string; expires_in: number };
}

async function jwks(issuer: string): Promise<Jwks> {
  return (await (await fetch(`${issuer}/jwks`)).json()) as Jwks;
}

describe("the ProConnect test double", () => {
  let proconnect: ProConnect;
  let issuer: string;

  beforeAll(async () => {
    const [port] = await freePorts(1);
    proconnect = await startProConnect({ port, clients: [client], people: [agent] });
    issuer = proconnect.issuer;
  });

  afterAll(() => proconnect.stop());

  it("publishes ProConnect's discovery document under /api/v2", async () => {
    expect(issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      end_session_endpoint: `${issuer}/session/end`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      token_endpoint_auth_methods_supported: ["client_secret_post"],
      claims_parameter_supported: true,
    });
    for (const field of ["id_token_signing_alg_values_supported", "userinfo_signing_alg_values_supported"]) {
      expect((discovery[field] as string[]).toSorted(), field).toEqual(["ES256", "HS256", "RS256"]);
    }
    expect(discovery.acr_values_supported).toContain("eidas1");
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(SCOPES.split(" ")));
    expect(discovery.scopes_supported).not.toContain("offline_access");
    expect(discovery.claims_supported).toEqual(
      expect.arrayContaining(["sub", "email", "given_name", "usual_name", "uid", "siret", "idp_id", "acr"]),
    );
    expect(discovery).not.toHaveProperty("userinfo_encryption_alg_values_supported");
    expect(discovery).not.toHaveProperty("backchannel_logout_supported");
    expect(discovery).not.toHaveProperty("pushed_authorization_request_endpoint");
  });

  it("signs an agent in with the code flow: an RS256 id_token at eidas1, then userinfo as a JWT signed with its keys", async () => {
    const jar = new CookieJar();
    const { page, callback, state, nonce } = await signIn(jar, issuer, agent.email, { login_hint: agent.email });
    expect(page).toContain(`value="${agent.email}"`);
    expect(`${callback.origin}${callback.pathname}`).toBe(client.redirectUris[0]);
    expect(callback.searchParams.get("state")).toBe(state);

    const answer = await tokens(issuer, callback);
    expect(answer).toMatchObject({ token_type: "Bearer", expires_in: 60 });
    const keys = await jwks(issuer);
    const idToken = verifiedPayload(answer.id_token, keys);
    expect(idToken).toMatchObject({ iss: issuer, aud: client.clientId, sub: agent.sub, acr: "eidas1", nonce });
    expect(idToken).not.toHaveProperty("email");

    const userinfo = await fetch(`${issuer}/userinfo`, { headers: { authorization: `Bearer ${answer.access_token}` } });
    expect(userinfo.status).toBe(200);
    expect(userinfo.headers.get("content-type")).toMatch(/^application\/jwt/);
    const claims = verifiedPayload(await userinfo.text(), keys);
    expect(claims).toMatchObject({ ...agent, iss: issuer, aud: client.clientId });
    expect(claims).not.toHaveProperty("email_verified");
  });

  it("refuses an authorization parameter ProConnect does not accept with its Y000400 error page, not a redirect", async () => {
    const { url } = authorizeUrl(issuer, { ui_locales: "fr" });
    const response = await browse(new CookieJar(), url);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("Y000400");
    expect(page).toContain("ui_locales");
  });

  it("refuses an authorization request without nonce, which ProConnect requires", async () => {
    const withoutNonce = new URL(authorizeUrl(issuer).url);
    withoutNonce.searchParams.delete("nonce");
    const response = await browse(new CookieJar(), withoutNonce.href);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Y000400");
  });

  it("answers an unknown e-mail on its sign-in form, and signs nobody in", async () => {
    const jar = new CookieJar();
    const { url } = authorizeUrl(issuer);
    const interaction = location(await browse(jar, url), url);
    const response = await browse(jar, interaction.href, postForm({ email: "inconnu@ac-paris.fr" }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Aucun agent n'a l'adresse inconnu@ac-paris.fr");
  });

  it("signs out with a 303 to post_logout_redirect_uri and the state, and asks for the e-mail again afterwards", async () => {
    const jar = new CookieJar();
    const { id_token } = await tokens(issuer, (await signIn(jar, issuer, agent.email)).callback);

    const state = randomValue();
    const query = new URLSearchParams({
      id_token_hint: id_token,
      state,
      post_logout_redirect_uri: client.postLogoutRedirectUris[0]!,
    });
    const response = await browse(jar, `${issuer}/session/end?${query}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${client.postLogoutRedirectUris[0]}?state=${state}`);

    const { url } = authorizeUrl(issuer);
    expect(location(await browse(jar, url), url).pathname).toMatch(/^\/api\/v2\/interaction\//);
  });

  it("refuses a sign-out without state, which ProConnect requires", async () => {
    const query = new URLSearchParams({
      id_token_hint: "x.y.z",
      post_logout_redirect_uri: client.postLogoutRedirectUris[0]!,
    });
    const response = await fetch(`${issuer}/session/end?${query}`, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Y000400");
  });

  it("signs agents in at the acr it is given, so that the broker's acr check can be tested", async () => {
    const [port] = await freePorts(1);
    const weaker = await startProConnect({ port, clients: [client], people: [agent], acr: "eidas0" });
    try {
      const { callback } = await signIn(new CookieJar(), weaker.issuer, agent.email);
      const { id_token } = await tokens(weaker.issuer, callback);
      expect(verifiedPayload(id_token, await jwks(weaker.issuer)).acr).toBe("eidas0");
    } finally {
      await weaker.stop();
    }
  });

  it("signs the agent in when the claims parameter insists on eidas1, ProConnect's level", async () => {
    const claims = JSON.stringify({ id_token: { acr: { essential: true, value: "eidas1" } } });
    const { callback } = await signIn(new CookieJar(), issuer, agent.email, { claims });
    const { id_token } = await tokens(issuer, callback);
    expect(verifiedPayload(id_token, await jwks(issuer)).acr).toBe("eidas1");
  });

  it("sends the agent back with access_denied when the claims parameter insists on a higher acr than the sign-in's", async () => {
    const jar = new CookieJar();
    const claims = JSON.stringify({ id_token: { acr: { essential: true, value: "eidas2" } } });
    const { callback, state } = await signIn(jar, issuer, agent.email, { claims });
    expect(`${callback.origin}${callback.pathname}`).toBe(client.redirectUris[0]);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe(state);
  });

  it("names the variable that moves it when its port is taken", async () => {
    const taken = Number(new URL(issuer).port);
    await expect(startProConnect({ port: taken, clients: [client], people: [agent] })).rejects.toThrow(
      /Port \d+ for the ProConnect test double is already in use[\s\S]*PROCONNECT_PORT=<port> npm start/,
    );
  });
});
