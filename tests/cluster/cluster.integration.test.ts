/**
 * The production shape on this machine: two Keycloak nodes in production mode on PostgreSQL,
 * their caches shared, nginx in front (stack/keycloak/cluster.ts, as `KEYCLOAK_NODES=2 npm start`
 * runs it). What people and operators rely on must hold whichever node answers, and when one dies:
 * sessions, single sign-on, realm changes, lockouts, reset links, imports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apply, connect, plan, type Connection, type RealmConfig } from "@siec/admin-scripts";
import type { KeycloakCluster } from "../../stack/keycloak/cluster";
import { realmConfigDir } from "../../stack/realm";
import { accountRows, accountsFile, generatedAccounts } from "../../testing/accounts-files";
import {
  CookieJar,
  codeFlowUrlAt,
  exchangeCodeAt,
  kcContextString,
  loginAction,
  pageId,
  pkce,
  refreshTokens,
  signIn,
  type Answer,
} from "../../testing/browserless";
import { importPlan } from "../support/cli-messages";
import { startCli } from "../support/cli-process";
import { actionLink } from "../support/email-links";
import { inbox, testStack, uniqueEmail } from "../support/keycloak";
import { startProductionShape, type ProductionShape } from "../support/production-shape";
import { loadConfig } from "../support/realm-config";

const PASSWORD = "Cluster-SIEC-2026!";
const NEW_PASSWORD = "Nouveau-SIEC-2026!";

describe("two Keycloak nodes behind the proxy (PostgreSQL, production mode)", () => {
  let shape: ProductionShape | undefined;
  let cluster: KeycloakCluster | undefined;
  let config: RealmConfig;
  let realm: string;
  let environment: Record<string, string | undefined>;
  const apps = () => ({
    dpecotheque: { clientId: "dpecotheque", redirectUri: `${testStack().apps.dpecotheque}/` },
    dexco: { clientId: "dexco", redirectUri: `${testStack().apps.dexco}/` },
  });

  beforeAll(async () => {
    shape = await startProductionShape("cluster-test");
    ({ cluster, config, realm, environment } = shape);
  }, 600_000);

  afterAll(async () => {
    await shape?.stop();
  });

  /** The admin API of one node, asked directly (not through the proxy). */
  const nodeConnection = (node: number): Connection =>
    connect({ url: cluster!.nodes[node]!.url, realm, credentials: { kind: "admin", ...cluster!.admin } });

  /** A person who can sign in, created through the proxy (whichever node is alive). */
  async function person(label: string): Promise<{ email: string; id: string }> {
    const { api } = connect({ url: cluster!.url, realm, credentials: { kind: "admin", ...cluster!.admin } });
    const email = uniqueEmail(label);
    const { id } = await api.users.create({
      realm,
      username: email,
      email,
      firstName: "Camille",
      lastName: "Durand",
      enabled: true,
      emailVerified: true,
    });
    await api.users.resetPassword({ realm, id, credential: { type: "password", value: PASSWORD, temporary: false } });
    return { email, id };
  }

  /**
   * A browser held on one node: every URL Keycloak writes names the proxy (its hostname), so each
   * is sent to that node instead, redirects included, until the app's redirect URI.
   */
  class NodeBrowser {
    private readonly jar: CookieJar;
    constructor(private readonly node: number) {
      this.jar = new CookieJar(this.origin);
    }
    get origin(): string {
      return cluster!.nodes[this.node]!.url;
    }
    private onNode(url: string): string {
      const target = new URL(url, this.origin);
      return new URL(target.pathname + target.search, this.origin).toString();
    }
    async go(url: string, form?: Record<string, string>): Promise<Answer> {
      let answer = await this.jar.request(this.onNode(url), form ? { form } : {});
      for (let hops = 0; hops < 10 && answer.location; hops++) {
        if (Object.values(apps()).some((app) => answer.location!.startsWith(app.redirectUri))) return answer;
        answer = await this.jar.request(this.onNode(answer.location));
      }
      return answer;
    }
    /** The sign-in form of DPECothèque, posted with these credentials. */
    async signIn(email: string, password: string): Promise<Answer> {
      const page = await this.go(codeFlowUrlAt(this.origin, realm, apps().dpecotheque));
      return this.go(loginAction(page.body), { username: email, password, credentialId: "" });
    }
  }

  const codeOf = (answer: Answer) => (answer.location ? new URL(answer.location).searchParams.get("code") : null);

  it(
    "keeps a person signed in when the node that served them is killed: refresh, single sign-on, new sign-ins",
    { timeout: 600_000 },
    async () => {
      const { email } = await person("survivor");
      const jar = new CookieJar(cluster!.url);
      let tokens = await signIn(jar, realm, apps().dpecotheque, { username: email, password: PASSWORD });

      // Requests go to both nodes in turn: kill each one in its turn, the other serving meanwhile.
      for (const node of [0, 1]) {
        await cluster!.nodes[node]!.stop({ kill: true });
        try {
          tokens = await refreshTokens(cluster!.url, realm, "dpecotheque", tokens.refresh_token);
          expect(tokens.access_token).toBeTruthy();

          const { verifier, challenge } = pkce();
          const sso = await jar.follow(
            codeFlowUrlAt(cluster!.url, realm, apps().dexco, { code_challenge: challenge }),
            {
              stopAt: apps().dexco.redirectUri,
            },
          );
          const code = codeOf(sso);
          expect(code, `single sign-on to DEXCO with node ${node + 1} dead: ${pageId(sso.body)}`).toBeTruthy();
          expect((await exchangeCodeAt(cluster!.url, realm, apps().dexco, code!, verifier)).access_token).toBeTruthy();

          const newcomer = await person("newcomer");
          const fresh = await signIn(new CookieJar(cluster!.url), realm, apps().dpecotheque, {
            username: newcomer.email,
            password: PASSWORD,
          });
          expect(fresh.id_token).toBeTruthy();
        } finally {
          await cluster!.restartNode(node);
        }
      }
    },
  );

  it("applies through one node and plans through the other: no change (the other's caches were told)", async () => {
    const [first, second] = [nodeConnection(0), nodeConnection(1)];
    expect(await plan(second, config)).toEqual([]); // node 2 has read (and cached) the realm

    const renamed: RealmConfig = { ...config, realm: { ...config.realm, displayName: "Portail SIEC (grappe)" } };
    const report = await apply(first, renamed);
    expect(report.failed).toBeUndefined();
    expect(report.done.map((change) => change.target)).toContain(`realm ${realm}`);
    expect(await plan(second, renamed)).toEqual([]);

    expect((await apply(second, config)).failed).toBeUndefined();
    expect(await plan(first, config)).toEqual([]);
  });

  it("holds a lockout counted on one node on the other", async () => {
    const { email, id } = await person("locked");
    const failures = config.realm.bruteForce.failuresBeforeLockout;
    for (let attempt = 0; attempt < failures; attempt++) {
      const answer = await new NodeBrowser(0).signIn(email, "Mauvais-mot-de-passe-1!");
      expect(codeOf(answer)).toBeNull();
    }
    const status = await nodeConnection(1).api.attackDetection.findOne({ realm, id });
    expect(status).toMatchObject({ disabled: true });
    const refused = await new NodeBrowser(1).signIn(email, PASSWORD);
    expect(codeOf(refused), "the right password, on the other node, during the lockout").toBeNull();
  });

  it("accepts a reset link asked on one node on the other, once", { timeout: 120_000 }, async () => {
    const { email } = await person("reset");
    const asker = new NodeBrowser(0);
    const signInPage = await asker.go(codeFlowUrlAt(asker.origin, realm, apps().dpecotheque));
    const resetPage = await asker.go(kcContextString(signInPage.body, "loginResetCredentialsUrl")!);
    await asker.go(loginAction(resetPage.body), { username: email });
    const link = actionLink(await inbox().waitFor(email));

    const follower = new NodeBrowser(1);
    const newPasswordPage = await follower.go(link);
    expect(pageId(newPasswordPage.body)).toBe("login-update-password.ftl");
    const done = await follower.go(loginAction(newPasswordPage.body), {
      "password-new": NEW_PASSWORD,
      "password-confirm": NEW_PASSWORD,
    });
    expect(pageId(done.body) ?? "redirected to the app").not.toBe("login-update-password.ftl");
    expect(codeOf(await new NodeBrowser(1).signIn(email, NEW_PASSWORD))).toBeTruthy();

    const again = await new NodeBrowser(0).go(link);
    expect(pageId(again.body), "the same link, used once already, on the first node").not.toBe(
      "login-update-password.ftl",
    );
  });

  it(
    "imports accounts through the proxy with a node killed mid-run: the re-run converges, nothing lost or doubled",
    { timeout: 600_000 },
    async () => {
      const accounts = generatedAccounts(1200, "grappe");
      const file = await accountsFile(accounts);
      const directory = realmConfigDir;
      const cliEnvironment = {
        ...environment,
        KEYCLOAK_URL: cluster!.url,
        KEYCLOAK_ADMIN: cluster!.admin.username,
        KEYCLOAK_ADMIN_PASSWORD: cluster!.admin.password,
        KEYCLOAK_CLIENT_ID: "",
        KEYCLOAK_CLIENT_SECRET: "",
      };
      const cli = (...args: string[]) => startCli(["--config", directory, "users", ...args], cliEnvironment).exited;

      const interrupted = startCli(["--config", directory, "users", "import", file], cliEnvironment);
      await interrupted.reached("progress.accounts", 300);
      await cluster!.nodes[0]!.stop({ kill: true });
      try {
        await interrupted.exited; // it may finish through the other node, or stop and say so
      } finally {
        await cluster!.restartNode(0);
      }

      const resumed = await cli("import", file);
      expect(resumed.code, resumed.stderr).toBe(0);
      const again = await cli("import", file);
      expect(again.stdout).toMatch(importPlan(0, 0, 1200));
      const exported = await cli("export");
      expect(accountRows(exported.stdout).filter((row) => row.startsWith("grappe."))).toEqual(accountRows(accounts));
    },
  );

  it("tells the CLI where it is: plan through the proxy finds nothing to do", async () => {
    const proxied = connect({ url: cluster!.url, realm, credentials: { kind: "admin", ...cluster!.admin } });
    expect(await plan(proxied, await loadConfig(realmConfigDir, environment as Record<string, string>))).toEqual([]);
  });
});
