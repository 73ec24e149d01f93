/**
 * A local stand-in for ProConnect (issue 25), built on the certified `oidc-provider`, so that the
 * portal's broker is tested without the internet. What it copies from ProConnect, read in
 * github.com/numerique-gouv/proconnect-documentation (doc_fs/implementation_technique.md,
 * scope-claims.md, donnees_fournies.md, login_hint_usage.md, troubleshooting-fs.md,
 * projet_fca/projet_fca_niveau_eidas.md) and github.com/proconnect-gouv/federation (its authorize
 * parameters' validation, its discovery and authorize acceptance tests):
 * - issuer `https://<domain>/api/v2`, discovery under it; /authorize, /token, /userinfo, /session/end;
 * - authorize takes only response_type, client_id, redirect_uri, scope, state, nonce, claims,
 *   acr_values, prompt, login_hint (an e-mail), idp_hint, siret_hint, response_mode and PKCE's
 *   code_challenge(_method); any other parameter is "Y000400 : Bad Request Exception", a 400 HTML
 *   error page (no redirect back). The documentation calls state and nonce required (the code lets
 *   nonce be absent; this double follows the documentation);
 * - id_token and userinfo signed (HS256, ES256 or RS256, chosen per client); userinfo answered as
 *   `application/jwt`; the id_token carries only the sign-in's claims (acr, amr, auth_time, sid),
 *   the person's are in userinfo; the code lives 30 s, the access token 60 s; the client secret goes
 *   in the token request's body;
 * - acr: eidas1 (acr_values=eidas1, once mandatory, is now optional); a higher level is asked with
 *   `claims={"id_token":{"acr":{"essential":true,"values":[…]}}}`;
 * - scopes openid given_name usual_name email uid siret idp_id, each giving the claim of its name;
 * - sign-out: a browser redirect with id_token_hint, state and post_logout_redirect_uri, answered
 *   by a 303 to post_logout_redirect_uri?state=…, without a confirmation page.
 * Not copied: the redirect to the académie's own identity provider, and to it again on sign-out.
 */
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import Provider, {
  type Configuration,
  type JWK,
  type KoaContextWithOIDC,
  type SigningAlgorithmWithNone,
} from "oidc-provider";
import { assertPortFree } from "../ports";
import { signInPage, technicalErrorPage } from "./pages";

export interface ProConnectClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

/** An agent as their académie's identity provider describes them to ProConnect. */
export interface ProConnectPerson {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  uid: string;
  siret: string;
  idp_id: string;
  email_verified?: boolean;
}

/**
 * How the double departs from ProConnect, for the broker's attack tests: a userinfo answered as
 * plain JSON, or signed but with its signature spoiled; a sign-in at eidas0 whatever the claims
 * parameter insists on.
 */
export type ProConnectFault = "unsigned-userinfo" | "bad-userinfo-signature" | "acr-below-asked";

export interface ProConnect {
  /** `http://127.0.0.1:<port>/api/v2`; the discovery document is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** From the next request on, departs from ProConnect this way (none: behaves as ProConnect). */
  setFault(fault: ProConnectFault | undefined): void;
  stop(): Promise<void>;
}

const MOUNT_PATH = "/api/v2";

/** The parameters ProConnect accepts on each route it checks, and those it requires; it refuses any other. */
const PARAMETERS_BY_ROUTE = new Map([
  [
    `${MOUNT_PATH}/authorize`,
    {
      required: ["response_type", "client_id", "redirect_uri", "scope", "state", "nonce"],
      optional: [
        "claims",
        "acr_values",
        "prompt",
        "login_hint",
        "idp_hint",
        "siret_hint",
        "response_mode",
        "code_challenge",
        "code_challenge_method",
      ],
    },
  ],
  [`${MOUNT_PATH}/session/end`, { required: ["id_token_hint", "state", "post_logout_redirect_uri"], optional: [] }],
]);

const SIGNING_ALGORITHMS: SigningAlgorithmWithNone[] = ["HS256", "ES256", "RS256"];

/** Each scope gives the claim of its name; email_verified only when a person has one, for Keycloak's "trust e-mail" tests. */
const CLAIMS_BY_SCOPE = {
  openid: ["sub"],
  email: ["email", "email_verified"],
  given_name: ["given_name"],
  usual_name: ["usual_name"],
  uid: ["uid"],
  siret: ["siret"],
  idp_id: ["idp_id"],
};

/** An agent for an address no list names, the same each time: its sub is derived from the address. */
function agentMadeUpFor(email: string): ProConnectPerson {
  const sub = createHash("sha256").update(email.toLowerCase()).digest("hex");
  return {
    sub,
    email,
    given_name: "Agent",
    usual_name: email.split("@")[0]!,
    uid: sub.slice(0, 16),
    siret: "13002526500013",
    idp_id: "double-local",
  };
}

function signingKeys(): JWK[] {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });
  return [
    { ...rsa, kid: randomUUID(), use: "sig", alg: "RS256" },
    { ...ec, kid: randomUUID(), use: "sig", alg: "ES256" },
  ] as JWK[];
}

/** What ProConnect finds wrong in a request's parameters, in its words; undefined when it accepts them. */
function parametersProblem(pathname: string, query: URLSearchParams): string | undefined {
  const parameters = PARAMETERS_BY_ROUTE.get(pathname);
  if (!parameters) return undefined;
  const accepted = new Set([...parameters.required, ...parameters.optional]);
  const unknown = [...query.keys()].filter((name) => !accepted.has(name));
  if (unknown.length > 0) return `Bad Request Exception: parameter(s) not accepted: ${unknown.join(", ")}`;
  const missing = parameters.required.filter((name) => !query.get(name));
  if (missing.length > 0) return `Bad Request Exception: parameter(s) missing: ${missing.join(", ")}`;
  return undefined;
}

function answerHtml(response: http.ServerResponse, status: number, html: string): void {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(html);
}

async function formField(request: http.IncomingMessage, name: string): Promise<string> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  return new URLSearchParams(body).get(name)?.trim() ?? "";
}

export async function startProConnect(options: {
  port: number;
  clients: ProConnectClient[];
  /** The agents it knows, read at each sign-in; "any address": whatever address is typed is an agent's (npm start's). */
  people: ProConnectPerson[] | "any address";
  /** The acr of every sign-in; ProConnect's is eidas1. */
  acr?: string;
}): Promise<ProConnect> {
  await assertPortFree(options.port, "the ProConnect test double", "PROCONNECT_PORT");
  const issuer = `http://127.0.0.1:${options.port}${MOUNT_PATH}`;
  let fault: ProConnectFault | undefined;
  const acrOfSignIn = () => (fault === "acr-below-asked" ? "eidas0" : (options.acr ?? "eidas1"));
  const madeUp = new Map<string, ProConnectPerson>();
  const known = () => (options.people === "any address" ? [...madeUp.values()] : options.people);
  const agentWithEmail = (email: string) => {
    const person = known().find((candidate) => candidate.email.toLowerCase() === email.toLowerCase());
    if (person || options.people !== "any address" || !email.includes("@")) return person;
    const agent = agentMadeUpFor(email);
    madeUp.set(agent.sub, agent);
    return agent;
  };

  const configuration: Configuration = {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: "RS256",
      userinfo_signed_response_alg: "RS256",
    })),
    jwks: { keys: signingKeys() },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: Object.keys(CLAIMS_BY_SCOPE),
    claims: { ...CLAIMS_BY_SCOPE, acr: null, amr: null, auth_time: null, sid: null, iss: null },
    acrValues: ["eidas1", "eidas2", "eidas3"],
    responseTypes: ["code"],
    routes: { authorization: "/authorize", userinfo: "/userinfo" },
    clientAuthMethods: ["client_secret_post"],
    enabledJWA: { idTokenSigningAlgValues: SIGNING_ALGORITHMS, userinfoSigningAlgValues: SIGNING_ALGORITHMS },
    // ProConnect takes PKCE's parameters but asks for none.
    pkce: { required: () => false },
    ttl: {
      AuthorizationCode: 30,
      AccessToken: 60,
      IdToken: 60,
      Interaction: 3600,
      Grant: 12 * 3600,
      Session: 12 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      claimsParameter: { enabled: true },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: endSessionWithoutConfirmation },
    },
    interactions: { url: (_ctx, interaction) => `${MOUNT_PATH}/interaction/${interaction.uid}` },
    // ProConnect asks no consent: the agent's administration subscribed for the service.
    loadExistingGrant: grantWhatIsAsked,
    findAccount: (_ctx, sub) => {
      const person = known().find((candidate) => candidate.sub === sub);
      return person && { accountId: sub, claims: () => ({ ...person }) };
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      // ProConnect's generic HTTP errors are Y000 and the status: Y000400, Y000404.
      ctx.body = technicalErrorPage(`Y000${ctx.status}`, `${out.error}: ${out.error_description ?? ""}`);
    },
  };
  const provider = new Provider(issuer, configuration);
  const handleWithProvider = provider.callback();

  async function handleInteraction(request: http.IncomingMessage, response: http.ServerResponse, path: string) {
    const details = await provider.interactionDetails(request, response);
    const { reasons } = details.prompt;
    const signedInTooLow = details.session && (reasons.includes("essential_acr") || reasons.includes("essential_acrs"));
    if (signedInTooLow) {
      // The claims parameter insists on another acr than every sign-in's: say so rather than ask again.
      await provider.interactionFinished(request, response, {
        error: "access_denied",
        error_description: `the agent signed in at ${acrOfSignIn()} only`,
      });
      return;
    }
    const loginHint = typeof details.params.login_hint === "string" ? details.params.login_hint : "";
    if (request.method !== "POST") return answerHtml(response, 200, signInPage({ action: path, email: loginHint }));
    const email = await formField(request, "email");
    const person = agentWithEmail(email);
    if (!person) {
      const refusal = `Aucun agent n'a l'adresse ${email} auprès de ce double de ProConnect.`;
      return answerHtml(response, 400, signInPage({ action: path, email, refusal }));
    }
    await provider.interactionFinished(request, response, { login: { accountId: person.sub, acr: acrOfSignIn() } });
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", issuer);
    // Both routes are GET only: a POST's parameters are not in the query, so it is refused too.
    const problem = parametersProblem(url.pathname, url.searchParams);
    if (problem) return answerHtml(response, 400, technicalErrorPage("Y000400", problem));
    if (url.pathname.startsWith(`${MOUNT_PATH}/interaction/`)) {
      return handleInteraction(request, response, url.pathname);
    }
    if (fault === "acr-below-asked" && url.pathname === `${MOUNT_PATH}/authorize`) {
      // The acr still asked for, but as a voluntary claim: the id_token carries eidas0.
      url.searchParams.set("claims", JSON.stringify({ id_token: { acr: null } }));
      request.url = `${url.pathname}?${url.searchParams}`;
    }
    if (url.pathname === `${MOUNT_PATH}/userinfo` && fault === "bad-userinfo-signature") spoilSignature(response);
    if (url.pathname === `${MOUNT_PATH}/userinfo` && fault === "unsigned-userinfo") answerClaimsUnsigned(response);
    if (url.pathname === MOUNT_PATH || url.pathname.startsWith(`${MOUNT_PATH}/`)) {
      // Mounted as Express would: oidc-provider finds its mount path in originalUrl.
      Object.assign(request, { originalUrl: request.url, url: request.url!.slice(MOUNT_PATH.length) || "/" });
      return handleWithProvider(request, response);
    }
    answerHtml(response, 404, technicalErrorPage("Y000404", `No route ${url.pathname}`));
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) answerHtml(response, 500, technicalErrorPage("Y000500", String(error)));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: options.port, host: "127.0.0.1" }, resolve);
  });

  return {
    issuer,
    setFault: (departure) => (fault = departure),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Rewrites the signed JWT oidc-provider answers, before its headers leave. */
function rewriteJwtAnswer(
  response: http.ServerResponse,
  rewrite: (jwt: string) => { body: string; contentType: string },
): void {
  const end = response.end.bind(response) as (chunk?: unknown) => http.ServerResponse;
  response.end = ((chunk?: unknown) => {
    const jwt = typeof chunk === "string" || Buffer.isBuffer(chunk) ? String(chunk) : "";
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(jwt)) return end(chunk);
    const { body, contentType } = rewrite(jwt);
    response.setHeader("content-type", contentType);
    response.setHeader("content-length", Buffer.byteLength(body));
    return end(body);
  }) as typeof response.end;
}

/** The first character of the signature changed: no longer valid. */
function spoilSignature(response: http.ServerResponse): void {
  rewriteJwtAnswer(response, (jwt) => {
    const signature = jwt.lastIndexOf(".") + 1;
    const body = jwt.slice(0, signature) + (jwt[signature] === "A" ? "B" : "A") + jwt.slice(signature + 1);
    return { body, contentType: "application/jwt; charset=utf-8" };
  });
}

/** The same claims, as plain JSON. */
function answerClaimsUnsigned(response: http.ServerResponse): void {
  rewriteJwtAnswer(response, (jwt) => ({
    body: Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8"),
    contentType: "application/json; charset=utf-8",
  }));
}

async function grantWhatIsAsked(ctx: KoaContextWithOIDC) {
  const { client, session, result } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return ctx.oidc.provider.Grant.find(grantId);
  const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(" "));
  grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

/** oidc-provider has checked id_token_hint and post_logout_redirect_uri; end the session and go back at once, as ProConnect does. */
async function endSessionWithoutConfirmation(ctx: KoaContextWithOIDC): Promise<void> {
  const session = ctx.oidc.session!;
  const { postLogoutRedirectUri, state } = session.state as { postLogoutRedirectUri: string; state: string };
  await session.destroy();
  const back = new URL(postLogoutRedirectUri);
  back.searchParams.set("state", state);
  ctx.status = 303;
  ctx.redirect(back.href);
}
