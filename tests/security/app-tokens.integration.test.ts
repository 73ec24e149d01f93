/**
 * Attack tests (issue 21, finding 2): what an app's access token may do beyond the app. Keycloak
 * gives a client every role of the person unless the client says otherwise (`fullScopeAllowed`),
 * and with them the `account` audience and its `manage-account` role: the token that DPECothèque's
 * JavaScript holds (or an XSS there) could then read and remove the person's second factor and
 * change their names through the Account REST API. Checked against the run's real Keycloak,
 * without a browser.
 */
import { describe, expect, it } from "vitest";
import { clients } from "../../admin-scripts/src/clients/reconciler";
import { givenAuthenticatorApp, nextCode } from "../support/authenticator-app";
import { adminClient, person, testStack } from "../support/keycloak";
import { appClients, codeFlowUrl, CookieJar, exchangeCode, loginAction, pageId, pkce, type Tokens } from "./http";

const { keycloakUrl, realm } = testStack();
const accountApi = `${keycloakUrl}/realms/${realm}/account`;
const password = "Examens2026$ok";
const apps = await appClients();
const UAI = "0751234A";
/** The authenticator app's key as Keycloak stores it (its `value`), and the app's codes. */
const given = givenAuthenticatorApp("siec-app-tokens-authenticator-key");
const authenticatorApp = given.app;
/** The codes each person used: Keycloak takes a code once. */
const usedCodes = new Map<string, string[]>();

/** The claims of a JWT, unchecked (the server checked it). */
function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
}

/**
 * A person of the app's group, with a school and an authenticator app (an OTP credential, given
 * through the admin API as an import would), who can sign in with a password.
 */
async function operatorOfApp(app: string): Promise<{ email: string; id: string; otpId: string }> {
  const { email, id } = await person(`app-token-${app}`, undefined, {
    attributes: { etablissement: [UAI] },
    groups: [app],
    credentials: [{ type: "password", value: password, temporary: false }, given.credential],
  });
  const otp = (await (await adminClient()).users.getCredentials({ id })).find(
    (credential) => credential.type === "otp",
  );
  expect(otp, "the authenticator app given through the admin API").toBeDefined();
  return { email, id, otpId: otp!.id! };
}

async function codeFor(username: string): Promise<string> {
  const used = usedCodes.get(username) ?? [];
  const code = await nextCode(authenticatorApp, used);
  usedCodes.set(username, [...used, code]);
  return code;
}

/** Signs the person in to the app as keycloak-js does: password, then the authenticator app's code. */
async function signInToApp(app: { clientId: string; redirectUri: string }, username: string): Promise<Tokens> {
  const jar = new CookieJar();
  const { verifier, challenge } = pkce();
  const stopAt = app.redirectUri;
  const signInPage = await jar.follow(codeFlowUrl(realm, app, { code_challenge: challenge }), { stopAt });
  const codePage = await jar.follow(loginAction(signInPage.body), { form: { username, password }, stopAt });
  expect(pageId(codePage.body)).toBe("login-otp.ftl");
  const answer = await jar.follow(loginAction(codePage.body), { form: { otp: await codeFor(username) }, stopAt });
  const code = answer.location ? new URL(answer.location).searchParams.get("code") : null;
  expect(code, `page ${pageId(answer.body)}`).toBeTruthy();
  return exchangeCode(realm, app, code!, verifier);
}

const bearer = (token: string, method: string, url: string, body?: unknown) =>
  fetch(url, {
    method,
    headers: {
      accept: "application/json",
      authorization: `Bearer ${token}`,
      ...(body !== undefined && { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe.each(apps.map((app) => [app.clientId, app] as const))("an access token of %s", (clientId, app) => {
  it("carries the app's roles and établissements, and no audience or role of the account space", async () => {
    const { email } = await operatorOfApp(clientId);
    const tokens = await signInToApp({ clientId, redirectUri: app.redirectUris[0]! }, email);
    const access = claims(tokens.access_token);
    // What the apps' integration kit and guide read: the app's own roles and the `etablissement` claim.
    expect(access.resource_access).toMatchObject({ [clientId]: { roles: ["utilisateur"] } });
    expect(access.etablissement).toEqual([UAI]);
    expect(claims(tokens.id_token).etablissement).toEqual([UAI]);
    // Nothing that the Account REST API (or any other client) accepts.
    expect([access.aud].flat()).not.toContain("account");
    expect(Object.keys(access.resource_access as object)).toEqual([clientId]);
  });

  it("cannot read or remove the person's second factor, nor change their names, through the Account REST API", async () => {
    const { email, id, otpId } = await operatorOfApp(clientId);
    const { access_token: token } = await signInToApp({ clientId, redirectUri: app.redirectUris[0]! }, email);

    const read = await bearer(token, "GET", `${accountApi}/credentials`);
    const removed = await bearer(token, "DELETE", `${accountApi}/credentials/${otpId}`);
    const renamed = await bearer(token, "POST", `${accountApi}/`, {
      username: email,
      email,
      firstName: "Pirate",
      lastName: "Durand",
    });
    // Not a token of the account space: refused as such, before any role is looked at (401). A
    // bare DELETE of a credential is refused to every token by the extension (405, issue 21, 2b),
    // or, where it answers after Keycloak's token check, as the others (401).
    expect({ read: read.status, renamed: renamed.status }).toEqual({ read: 401, renamed: 401 });
    expect([401, 405]).toContain(removed.status);

    const admin = await adminClient();
    expect((await admin.users.getCredentials({ id })).map((credential) => credential.id)).toContain(otpId);
    expect((await admin.users.findOne({ id }))?.firstName).toBe("Camille");

    // The control case: the account space's own token ("Mon compte", account-console) reads them.
    const accountConsole = { clientId: "account-console", redirectUri: `${accountApi}/` };
    const own = await signInToApp(accountConsole, email);
    expect((await bearer(own.access_token, "GET", `${accountApi}/credentials`)).status).toBe(200);
  });
});

describe("the app clients on the live server", () => {
  it("give their tokens only the roles realm-config gives them (fullScopeAllowed: false)", async () => {
    const admin = await adminClient();
    const live = await Promise.all(
      apps.map(async ({ clientId }) => [clientId, (await admin.clients.find({ clientId }))[0]?.fullScopeAllowed]),
    );
    expect(Object.fromEntries(live)).toEqual(Object.fromEntries(apps.map(({ clientId }) => [clientId, false])));
  });

  it("are set back by plan and apply when a client was given full scope by hand", () => {
    const [app] = apps;
    const live = new Map([
      [
        app!.clientId,
        {
          client: { clientId: app!.clientId, fullScopeAllowed: true },
          defaultClientScopes: [],
          roles: [],
          serviceAccountRoles: [],
        },
      ],
    ]);
    const [change] = clients.diff([app!], live, realm);
    expect(change?.fields).toContainEqual({ path: "fullScopeAllowed", before: true, after: false });
  });
});
