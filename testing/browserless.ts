/**
 * A browser without JavaScript over `fetch`, for tests and benchmarks that talk to Keycloak's
 * pages: a cookie jar that never follows redirects on its own (so a redirect to a foreign origin
 * is seen, not taken), PKCE, the sign-in form's action read from the page (the siec theme is a
 * Keycloakify page: the form's URLs are in the embedded `kcContext`), and the code flow of an app.
 * Like the pages' script, it answers "Je ne suis pas un robot" for the forms it posts.
 * Nothing here depends on the test runner: every function is given the Keycloak it talks to.
 */
import { createHash, randomBytes } from "node:crypto";
import { EXTENSION_FORM_FIELDS, realmUrlOfLoginAction } from "@siec/contract";
import { robotAnswer } from "./robot-check";

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function authorizationUrlAt(
  keycloakUrl: string,
  realm: string,
  params: Record<string, string | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return `${keycloakUrl}/realms/${realm}/protocol/openid-connect/auth?${query}`;
}

/** A code-flow authorization request as keycloak-js sends it, with `overrides` applied. */
export function codeFlowUrlAt(
  keycloakUrl: string,
  realm: string,
  client: { clientId: string; redirectUri: string },
  overrides: Record<string, string | undefined> = {},
): string {
  return authorizationUrlAt(keycloakUrl, realm, {
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: "code",
    scope: "openid",
    state: randomBytes(8).toString("hex"),
    code_challenge: pkce().challenge,
    code_challenge_method: "S256",
    ...overrides,
  });
}

export interface Answer {
  status: number;
  location: string | null;
  headers: Headers;
  body: string;
  url: string;
}

/**
 * fetch, sent again when the connection was closed before any answer came: what browsers (and most
 * HTTP clients) do when a kept-alive connection they reuse was closed by the server meanwhile, as
 * nginx does when it reloads (a node taken out of the proxy): the request reached no one (RFC 9112
 * §9.3.1). The old worker also closes, unanswered, what it accepted in the moment before it heard
 * the reload: the request is sent again up to three times, a moment apart.
 */
async function fetchAsBrowsersDo(url: string, init: RequestInit, resends = 3): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (resends === 0 || (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET")) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return fetchAsBrowsersDo(url, init, resends - 1);
  }
}

/** A browser without JavaScript: keeps cookies, never follows a redirect on its own. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** `keycloakUrl`: the server whose pages the jar follows redirects within. */
  constructor(readonly keycloakUrl: string) {}

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { "accept-language": "fr-FR,fr;q=0.9" };
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(await withRobotCheck(this, url, init.form)).toString();
    }
    const response = await fetchAsBrowsersDo(url, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = setCookie.split(";");
      const separator = pair!.indexOf("=");
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return {
      status: response.status,
      location: response.headers.get("location"),
      headers: response.headers,
      body: await response.text(),
      url,
    };
  }

  /**
   * Follows redirects while they stay on Keycloak's pages; stops at the first one leaving them
   * (another origin, or `stopAt`, an app's redirect URI served by Keycloak itself).
   */
  async follow(url: string, init: { form?: Record<string, string>; stopAt?: string } = {}): Promise<Answer> {
    const keycloak = new URL(this.keycloakUrl).origin;
    let answer = await this.request(url, init);
    for (let hops = 0; hops < 10 && answer.location; hops++) {
      const next = new URL(answer.location, answer.url).toString();
      if (new URL(next).origin !== keycloak || (init.stopAt && next.startsWith(init.stopAt))) return answer;
      answer = await this.request(next);
    }
    return answer;
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }
}

/**
 * The form as the sign-in and password-request pages post it: with a fresh robot-check answer,
 * solved on a challenge asked with the jar's cookies (the page's sign-in session), when it is
 * posted to Keycloak's login actions and does not carry one already (a test that posts its own,
 * empty or replayed, keeps it).
 */
async function withRobotCheck(
  jar: CookieJar,
  url: string,
  form: Record<string, string>,
): Promise<Record<string, string>> {
  const realmUrl = realmUrlOfLoginAction(url);
  if (!realmUrl || !/\/login-actions\/(?:authenticate|reset-credentials)\b/.test(url)) return form;
  if (EXTENSION_FORM_FIELDS.robotCheck in form) return form;
  // Without a sign-in session (no cookie, or one already used up) there is no challenge: a script
  // would post the form without an answer.
  const answer = await robotAnswer(realmUrl, jar, form.username).catch(() => "");
  return { ...form, [EXTENSION_FORM_FIELDS.robotCheck]: answer };
}

/** A value of the page's embedded kcContext (`"key": "value"`), JSON-unescaped. */
export function kcContextString(html: string, key: string): string | undefined {
  const match = new RegExp(`"${key}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(html);
  return match ? (JSON.parse(match[1]!.replace(/\\'/g, "'")) as string) : undefined;
}

/** Where the page's form posts (sign-in, reset, new password…). */
export function loginAction(html: string): string {
  const action = kcContextString(html, "loginAction");
  if (!action) throw new Error(`No loginAction on this page:\n${html.slice(0, 2000)}`);
  return action;
}

/**
 * Which page Keycloak rendered (`pageId` of the kcContext: login.ftl, error.ftl,
 * login-page-expired.ftl…), as Keycloakify's generic script sets it or the theme's own page data has it.
 */
export function pageId(html: string): string | undefined {
  return (/kcContext\.pageId = "([^"]+)"/.exec(html) ?? /"pageId":\s*"([^"]+\.ftl)"/.exec(html))?.[1];
}

/** The page's message (error, info…), as Keycloak put it in the kcContext. */
export function pageMessage(html: string): string | undefined {
  return kcContextString(html, "summary");
}

/**
 * The "Mot de passe oublié ?" page of a fresh browser, reached from an app's sign-in page, posted
 * with `form` (the address, and a robot-check answer of the test's own when it gives one): what
 * Keycloak answers.
 */
export async function askForResetLinkAt(
  keycloakUrl: string,
  realm: string,
  client: { clientId: string; redirectUri: string },
  form: Record<string, string>,
): Promise<Answer> {
  const jar = new CookieJar(keycloakUrl);
  const signInPage = await jar.request(codeFlowUrlAt(keycloakUrl, realm, client));
  const resetUrl = new URL(kcContextString(signInPage.body, "loginResetCredentialsUrl")!, keycloakUrl);
  const resetPage = await jar.follow(resetUrl.toString());
  if (pageId(resetPage.body) !== "login-reset-password.ftl")
    throw new Error(`expected the reset page, got ${pageId(resetPage.body)}`);
  return jar.follow(loginAction(resetPage.body), { form });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
}

/**
 * Signs a person in as an app does (authorization code with PKCE), through the sign-in form (and
 * the authenticator app's code when Keycloak asks for it and `otp` gives one), and exchanges the
 * code: the person's tokens. Throws when Keycloak asks anything else.
 */
export async function signIn(
  jar: CookieJar,
  realm: string,
  client: { clientId: string; redirectUri: string },
  { otp, ...credentials }: { username: string; password: string; otp?: () => Promise<string> },
  extra: Record<string, string> = {},
): Promise<Tokens> {
  const { verifier, challenge } = pkce();
  const stopAt = client.redirectUri;
  const page = await jar.follow(
    codeFlowUrlAt(jar.keycloakUrl, realm, client, { code_challenge: challenge, ...extra }),
    {
      stopAt,
    },
  );
  let answer = page.location ? page : await jar.follow(loginAction(page.body), { form: credentials, stopAt });
  if (!answer.location && otp !== undefined && pageId(answer.body) === "login-otp.ftl")
    answer = await jar.follow(loginAction(answer.body), { form: { otp: await otp() }, stopAt });
  const code = answer.location ? new URL(answer.location).searchParams.get("code") : null;
  if (!code) throw new Error(`No code: HTTP ${answer.status}, ${pageId(answer.body)}: ${pageMessage(answer.body)}`);
  return exchangeCodeAt(jar.keycloakUrl, realm, client, code, verifier);
}

export async function exchangeCodeAt(
  keycloakUrl: string,
  realm: string,
  client: { clientId: string; redirectUri: string },
  code: string,
  verifier: string,
): Promise<Tokens> {
  return tokenRequest(keycloakUrl, realm, {
    grant_type: "authorization_code",
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    code,
    code_verifier: verifier,
  });
}

/** A refresh, as keycloak-js makes one: new tokens (and a new refresh token: rotation). */
export function refreshTokens(
  keycloakUrl: string,
  realm: string,
  clientId: string,
  refreshToken: string,
): Promise<Tokens> {
  return tokenRequest(keycloakUrl, realm, {
    grant_type: "refresh_token",
    client_id: clientId,
    refresh_token: refreshToken,
  });
}

async function tokenRequest(keycloakUrl: string, realm: string, form: Record<string, string>): Promise<Tokens> {
  const response = await fetchAsBrowsersDo(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams(form),
  });
  if (!response.ok) throw new Error(`Token endpoint: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as Tokens;
}
