/**
 * Attack tests (issue 7): the sign-in form replayed or tampered with. Keycloak ties each form to
 * the browser's authentication session (cookies) and to a one-time `session_code`; whatever is
 * changed, the right password must not sign anyone in: no authorization code reaches the app.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { personWithPassword, testStack } from "../support/keycloak";
import { appClients, codeFlowUrl, CookieJar, loginAction, pageId, pageMessage, type Answer } from "./http";

const { realm } = testStack();
const [app] = await appClients();
const client = { clientId: app!.clientId, redirectUri: app!.redirectUris[0]! };
const credentials = { username: "", password: "Examens2026$ok" };

beforeAll(async () => {
  credentials.username = (await personWithPassword("forms", { value: credentials.password })).email;
});

/** A fresh sign-in page in a fresh browser: its cookies and the form's action. */
async function signInForm(): Promise<{ jar: CookieJar; action: URL }> {
  const jar = new CookieJar();
  const page = await jar.request(codeFlowUrl(realm, client));
  expect(pageId(page.body)).toBe("login.ftl");
  return { jar, action: new URL(loginAction(page.body)) };
}

const codeOf = (answer: Answer) =>
  answer.location?.startsWith(client.redirectUri) ? new URL(answer.location).searchParams.get("code") : null;

/** Posts the right credentials, follows Keycloak's own redirects, and says where it ended. */
async function post(jar: CookieJar, action: URL) {
  const answer = await jar.follow(action.toString(), { form: credentials, stopAt: client.redirectUri });
  return {
    status: answer.status,
    code: codeOf(answer),
    page: pageId(answer.body),
    message: pageMessage(answer.body),
    answer,
  };
}

describe("the sign-in form", () => {
  it("signs in with the right password (the control case)", async () => {
    const { jar, action } = await signInForm();
    expect((await post(jar, action)).code).toBeTruthy();
  });

  it("replayed after a successful sign-in gives no second code", async () => {
    const { jar, action } = await signInForm();
    expect((await post(jar, action)).code).toBeTruthy();
    const replay = await post(jar, action);
    expect(replay.code).toBeNull();
    // Keycloak sends the app an error instead: the authentication session is over.
    const location = new URL(replay.answer.location!);
    expect(location.searchParams.get("error")).toBe("temporarily_unavailable");
    expect(location.searchParams.get("error_description")).toBe("authentication_expired");
  });

  it("posted without the browser's cookies is refused with Keycloak's cookie error", async () => {
    const { action } = await signInForm();
    const result = await post(new CookieJar(), action);
    expect(result).toMatchObject({ status: 400, code: null, page: "error.ftl" });
    expect(result.message).toBe(
      "Cookie introuvable. Assurez-vous que les cookies soient activés dans votre navigateur.",
    );
  });

  it.each([
    [
      "session_code",
      "a forged session_code",
      (url: URL) => url.searchParams.set("session_code", "forged-session-code"),
    ],
    ["session_code", "no session_code", (url: URL) => url.searchParams.delete("session_code")],
    [
      "execution",
      "another execution",
      (url: URL) => url.searchParams.set("execution", "00000000-0000-0000-0000-000000000000"),
    ],
    ["tab_id", "another tab_id", (url: URL) => url.searchParams.set("tab_id", "forgedTabId")],
    ["client_id", "another client_id", (url: URL) => url.searchParams.set("client_id", "siec-admin-cli")],
  ])("tampered (%s: %s) does not sign in, and shows a Keycloak page", async (_parameter, _how, tamper) => {
    const { jar, action } = await signInForm();
    tamper(action);
    const result = await post(jar, action);
    expect(result.code).toBeNull();
    expect(result.answer.location ?? "").not.toContain("code=");
    // Keycloak shows the sign-in page again, its "page expired" page or its error page.
    expect(["login.ftl", "login-page-expired.ftl", "error.ftl"]).toContain(result.page);
  });

  it("taken from one browser and posted from another (with its own session) does not sign in", async () => {
    const victim = await signInForm();
    const attacker = await signInForm();
    const result = await post(attacker.jar, victim.action);
    expect(result.code).toBeNull();
  });
});
