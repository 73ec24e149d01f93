/**
 * A patch upgrade of the production shape, as docs/deployer-en-production.md §8 says to run it: the
 * two nodes on PostgreSQL behind the proxy start on the earlier patch (.env KEYCLOAK_UPGRADE_FROM)
 * with the portal's jars built for it; Keycloak's own check (`kc.sh update-compatibility`) gives its
 * verdict; then each node in turn is stopped and started on KEYCLOAK_VERSION with the jars built
 * for it, while people keep signing in through the proxy.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, plan } from "@siec/admin-scripts";
import { ensureProviderJarsFor } from "../../build/provider-jars";
import { keycloakVersion, upgradeFromVersion } from "../../build/keycloak-version";
import type { KeycloakCluster, NodeRelease } from "../../stack/keycloak/cluster";
import { cacheDir } from "../../stack/paths";
import { CookieJar, codeFlowUrlAt, exchangeCodeAt, pkce, refreshTokens, signIn } from "../../testing/browserless";
import { nextCode } from "../support/authenticator-app";
import { testStack } from "../support/keycloak";
import { personIn, startProductionShape, type ProductionShape } from "../support/production-shape";

const PASSWORD = "Montee-de-version-2026!";
const NEW_PASSWORD = "Nouvelle-version-2026!";
/** Sign-ins at once through the proxy while the nodes are replaced: a busy morning, on 2 cores. */
const SIGN_INS_AT_ONCE = 2;

describe("a patch upgrade of the cluster, one node at a time (PostgreSQL, production mode, behind the proxy)", () => {
  let shape: ProductionShape | undefined;
  let cluster: KeycloakCluster | undefined;
  let realm: string;
  let to: NodeRelease;
  const app = () => ({ clientId: "dpecotheque", redirectUri: `${testStack().apps.dpecotheque}/` });
  const otherApp = () => ({ clientId: "dexco", redirectUri: `${testStack().apps.dexco}/` });
  const admin = () => connect({ url: cluster!.url, realm, credentials: { kind: "admin", ...cluster!.admin } });

  beforeAll(async () => {
    to = { version: keycloakVersion(), providerJars: await ensureProviderJarsFor(keycloakVersion()) };
    shape = await startProductionShape("upgrade-test", {
      version: upgradeFromVersion(),
      providerJars: await ensureProviderJarsFor(upgradeFromVersion()),
    });
    ({ cluster, realm } = shape);
  }, 900_000);

  afterAll(async () => {
    await shape?.stop();
  });

  const person = (label: string, withApp = false) => personIn(shape!, label, { password: PASSWORD, withApp });

  /** People signing in through the proxy, two at a time, until stopped: what failed, and how many went through. */
  function signInsUntilStopped(emails: string[]) {
    let stopped = false;
    const failed: string[] = [];
    let succeeded = 0;
    const worker = async (offset: number) => {
      for (let turn = offset; !stopped; turn += SIGN_INS_AT_ONCE) {
        const username = emails[turn % emails.length]!;
        try {
          const tokens = await signIn(new CookieJar(cluster!.url), realm, app(), { username, password: PASSWORD });
          expect(tokens.access_token).toBeTruthy();
          succeeded++;
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          failed.push(
            `${new Date().toISOString()} ${username}: ${(error as Error).message} ${cause?.code ?? ""} ${cause?.message ?? ""}`,
          );
        }
      }
    };
    const workers = Array.from({ length: SIGN_INS_AT_ONCE }, (_, offset) => worker(offset));
    return {
      async stop() {
        stopped = true;
        await Promise.all(workers);
        return { succeeded, failed };
      },
    };
  }

  it(
    "is a rolling update by Keycloak's verdict; no sign-in fails while the nodes move; sessions, passwords, second factors and the realm stay",
    { timeout: 1_200_000 },
    async () => {
      const before = await person("before");
      const jar = new CookieJar(cluster!.url);
      let tokens = await signIn(jar, realm, app(), { username: before.email, password: PASSWORD });
      const secured = await person("second-factor", true);
      const codesUsed = [await nextCode(secured.app!, [])];
      await signIn(new CookieJar(cluster!.url), realm, app(), {
        username: secured.email,
        password: PASSWORD,
        otp: async () => codesUsed[0]!,
      });
      const crowd = await Promise.all(Array.from({ length: 8 }, (_, index) => person(`crowd-${index}`)));

      const metadata = path.join(cacheDir, "upgrade-test", "update-compatibility.json");
      await mkdir(path.dirname(metadata), { recursive: true });
      const verdict = await cluster!.checkRollingUpdate(to, metadata);
      expect(verdict, "kc.sh update-compatibility check").toMatchObject({ rolling: true, exitCode: 0 });

      const load = signInsUntilStopped(crowd.map(({ email }) => email));
      const secondsPerNode: number[] = [];
      for (const node of [0, 1]) {
        const started = Date.now();
        await cluster!.replaceNode(node, to);
        secondsPerNode.push((Date.now() - started) / 1000);
      }
      const { succeeded, failed } = await load.stop();
      const figures = {
        from: upgradeFromVersion(),
        to: to.version,
        verdict: verdict.verdict,
        secondsPerNode,
        signInsDuringTheUpgrade: succeeded,
        failedSignIns: failed.length,
      };
      await writeFile(path.join(cacheDir, "upgrade-test", "figures.json"), `${JSON.stringify(figures, null, 2)}\n`);
      process.stdout.write(`Patch upgrade: ${JSON.stringify(figures)}\n`);
      expect(failed).toEqual([]);
      expect(succeeded).toBeGreaterThan(0);

      for (const node of cluster!.nodes) {
        const info = await connect({
          url: node.url,
          realm,
          credentials: { kind: "admin", ...cluster!.admin },
        }).api.serverInfo.find();
        expect(info.systemInfo?.version).toBe(to.version);
      }

      // Signed in before: the refresh and single sign-on to another app work on the new version.
      tokens = await refreshTokens(cluster!.url, realm, app().clientId, tokens.refresh_token);
      expect(tokens.access_token).toBeTruthy();
      const { verifier, challenge } = pkce();
      const sso = await jar.follow(codeFlowUrlAt(cluster!.url, realm, otherApp(), { code_challenge: challenge }), {
        stopAt: otherApp().redirectUri,
      });
      const code = sso.location ? new URL(sso.location).searchParams.get("code") : null;
      expect(code, "single sign-on to DEXCO after the upgrade").toBeTruthy();
      expect((await exchangeCodeAt(cluster!.url, realm, otherApp(), code!, verifier)).access_token).toBeTruthy();

      // The second factor made before, and a password changed after.
      const secondCode = await nextCode(secured.app!, codesUsed);
      expect(
        (
          await signIn(new CookieJar(cluster!.url), realm, app(), {
            username: secured.email,
            password: PASSWORD,
            otp: async () => secondCode,
          })
        ).id_token,
      ).toBeTruthy();
      await admin().api.users.resetPassword({
        realm,
        id: before.id,
        credential: { type: "password", value: NEW_PASSWORD, temporary: false },
      });
      expect(
        (await signIn(new CookieJar(cluster!.url), realm, app(), { username: before.email, password: NEW_PASSWORD }))
          .id_token,
      ).toBeTruthy();

      expect(await plan(admin(), shape!.config)).toEqual([]);
    },
  );
  it(
    "a recreate (what Keycloak asks for a minor version): both nodes stop, the downtime is measured, sessions survive it",
    { timeout: 900_000 },
    async () => {
      const survivor = await person("recreate");
      let tokens = await signIn(new CookieJar(cluster!.url), realm, app(), {
        username: survivor.email,
        password: PASSWORD,
      });
      const stopped = Date.now();
      await Promise.all(cluster!.nodes.map((node) => node.stop()));
      await cluster!.restartNode(0);
      const firstNodeBack = (Date.now() - stopped) / 1000;
      await cluster!.restartNode(1);
      const bothBack = (Date.now() - stopped) / 1000;
      const figures = { downtimeSeconds: firstNodeBack, bothNodesBackSeconds: bothBack };
      await writeFile(path.join(cacheDir, "upgrade-test", "recreate.json"), `${JSON.stringify(figures, null, 2)}\n`);
      process.stdout.write(`Recreate: ${JSON.stringify(figures)}\n`);

      // Keycloak 26 keeps sessions in the database: the person signed in before is still.
      tokens = await refreshTokens(cluster!.url, realm, app().clientId, tokens.refresh_token);
      expect(tokens.access_token).toBeTruthy();
    },
  );
});
