/**
 * The nightly backup of docs/deployer-en-production.md §8, made and restored for real: the
 * operator's command (deploy/sauvegarde/sauvegarder-la-base.sh, with this machine's pg_dump instead
 * of the compose service's) copies the live database while people sign in; the copy is restored
 * into a new PostgreSQL as the guide says, and Keycloak (production mode, the portal's jars) started
 * on it serves the same realm.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, plan, type RealmConfig } from "@siec/admin-scripts";
import { USER_ATTRIBUTES } from "@siec/contract";
import { ensureProviderJars } from "../../build/provider-jars";
import { keycloakVersion } from "../../build/keycloak-version";
import { runCommand } from "../../stack/commands";
import { serverBinaries, startPostgres, type PostgresServer } from "../../stack/database/postgres";
import { repoRoot } from "../../stack/paths";
import { startKeycloakCluster, type KeycloakCluster } from "../../stack/keycloak/cluster";
import { freePorts } from "../../stack/ports";
import { applyRealmConfig, realmConfigDir } from "../../stack/realm";
import { HEADER, accountRows, accountsFile, generatedAccounts } from "../../testing/accounts-files";
import { CookieJar, signIn } from "../../testing/browserless";
import { givenAuthenticatorApp, nextCode } from "../support/authenticator-app";
import { startCli } from "../support/cli-process";
import { testStack, uniqueEmail } from "../support/keycloak";

const PASSWORD = "Sauvegarde-SIEC-2026!";
/** What a restore must bring back, table by table: accounts, their credentials and attributes, the realm. */
const KEPT_TABLES = [
  "user_entity",
  "credential",
  "user_attribute",
  "user_group_membership",
  "user_role_mapping",
  "client",
  "realm_attribute",
  "authentication_flow",
  "component",
];

describe("a backup of the live database, restored into a new PostgreSQL", () => {
  const servers: { postgres?: PostgresServer; cluster?: KeycloakCluster }[] = [{}, {}];
  // The restored database holds the master realm's administrator: the new node signs in as it.
  const admin = { username: "admin", password: randomBytes(12).toString("base64url") };
  let config: RealmConfig;
  let realm: string;
  let environment: NodeJS.ProcessEnv;
  const app = () => ({ clientId: "dpecotheque", redirectUri: `${testStack().apps.dpecotheque}/` });

  /** PostgreSQL and one production-mode Keycloak node on it, with the portal's jars. */
  async function portalOn(index: number, instance: string): Promise<KeycloakCluster> {
    const [postgresPort, http, management, cluster] = await freePorts(4);
    servers[index]!.postgres ??= await startPostgres({ instance, port: postgresPort, keep: false });
    servers[index]!.cluster = await startKeycloakCluster({
      version: keycloakVersion(),
      instance,
      nodes: [{ http, management, cluster }],
      database: servers[index]!.postgres!,
      admin,
      providerJars: await ensureProviderJars(),
    });
    return servers[index]!.cluster!;
  }

  const cliOn = (cluster: KeycloakCluster) => (args: string[]) =>
    startCli(["--config", realmConfigDir, "users", ...args], {
      ...environment,
      KEYCLOAK_URL: cluster.url,
      KEYCLOAK_ADMIN: cluster.admin.username,
      KEYCLOAK_ADMIN_PASSWORD: cluster.admin.password,
      KEYCLOAK_CLIENT_ID: "",
      KEYCLOAK_CLIENT_SECRET: "",
    }).exited;
  const adminOf = (cluster: KeycloakCluster) =>
    connect({ url: cluster.url, realm, credentials: { kind: "admin", ...cluster.admin } });
  const counts = async (postgres: PostgresServer) =>
    Object.fromEntries(
      await Promise.all(
        KEPT_TABLES.map(async (table) => [table, Number(await postgres.query(`select count(*) from ${table}`))]),
      ),
    );

  /** The operator's nightly command, keeping 14 days, with this machine's pg_dump: the file it wrote. */
  async function nightlyBackup(postgres: PostgresServer, folder: string): Promise<string> {
    const pgDump = [path.join(serverBinaries(), "pg_dump"), "-h", "127.0.0.1", "-p", String(postgres.port)];
    const { stdout } = await runCommand(
      path.join(repoRoot, "deploy", "sauvegarde", "sauvegarder-la-base.sh"),
      [folder, "14"],
      {
        env: {
          ...process.env,
          PG_DUMP: [...pgDump, "-U", postgres.username, "-Fc", postgres.database].join(" "),
          PGPASSWORD: postgres.password,
        },
        installHint: "",
      },
    );
    return stdout.trim();
  }

  beforeAll(async () => {
    const source = await portalOn(0, "backup-source");
    const { smtp, apps } = testStack();
    environment = {
      ...process.env,
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      DPECOTHEQUE_URL: apps.dpecotheque,
      DEXCO_URL: apps.dexco,
    };
    ({ config } = await applyRealmConfig(source, environment));
    realm = config.realm.realm;
  }, 600_000);

  afterAll(async () => {
    for (const { cluster, postgres } of servers) {
      await cluster?.stop();
      await postgres?.stop();
    }
  });

  it(
    "brings back accounts, passwords, second factors, établissements, principals, clients and settings; people sign in; plan shows no change",
    { timeout: 900_000 },
    async () => {
      const source = servers[0]!.cluster!;
      // The benchmark's 10,000 accounts (bench:users), so that the guide's figures are theirs.
      const accounts = generatedAccounts(10_000, "sauvegarde");
      const principal = uniqueEmail("principal");
      const principalFile = `${HEADER};principal\n${principal};Leroy;Claude;0751234A|0931234B;dexco;0751234A\n`;
      for (const file of [accounts, principalFile]) {
        const imported = await cliOn(source)(["import", await accountsFile(file)]);
        expect(imported.code, imported.stderr).toBe(0);
      }
      const authenticator = givenAuthenticatorApp(`sauvegarde-${randomBytes(8).toString("hex")}`);
      const secured = uniqueEmail("second-factor");
      await adminOf(source).api.users.create({
        realm,
        username: secured,
        email: secured,
        firstName: "Alix",
        lastName: "Moreau",
        enabled: true,
        emailVerified: true,
        credentials: [{ type: "password", value: PASSWORD, temporary: false }, authenticator.credential],
      });

      // People sign in while the backup is made: it is one snapshot all the same. The first sign-in
      // of the day writes its day (an attribute): made before, so that the copy and the live
      // database hold the same rows.
      const busy = uniqueEmail("busy");
      await adminOf(source).api.users.create({
        realm,
        username: busy,
        email: busy,
        firstName: "Sam",
        lastName: "Girard",
        enabled: true,
        emailVerified: true,
        credentials: [{ type: "password", value: PASSWORD, temporary: false }],
      });
      const signInBusy = () => signIn(new CookieJar(source.url), realm, app(), { username: busy, password: PASSWORD });
      await signInBusy();
      let signingIn = true;
      const signIns = (async () => {
        let done = 0;
        while (signingIn) {
          await signInBusy();
          done++;
        }
        return done;
      })();
      const folder = await mkdtemp(path.join(tmpdir(), "sauvegardes-"));
      const expired = path.join(folder, "keycloak-20260101T010000Z.dump");
      const recent = path.join(folder, "keycloak-20261201T010000Z.dump");
      for (const [file, daysAgo] of [
        [expired, 20],
        [recent, 3],
      ] as const) {
        await writeFile(file, "une sauvegarde d'avant");
        const when = new Date(Date.now() - daysAgo * 86_400_000);
        await utimes(file, when, when);
      }
      const dumpStarted = Date.now();
      const backup = await nightlyBackup(servers[0]!.postgres!, folder);
      const dumpSeconds = (Date.now() - dumpStarted) / 1000;
      expect(existsSync(expired), "a backup older than the 14 days kept").toBe(false);
      expect(existsSync(recent)).toBe(true);
      signingIn = false;
      const signInsDuringTheBackup = await signIns;
      const before = await counts(servers[0]!.postgres!);
      await source.stop();
      servers[0]!.cluster = undefined;

      const [targetPort] = await freePorts(1);
      servers[1]!.postgres = await startPostgres({ instance: "backup-target", port: targetPort, keep: false });
      const restoreStarted = Date.now();
      await servers[1]!.postgres.restore(backup);
      const restoreSeconds = (Date.now() - restoreStarted) / 1000;
      expect(await counts(servers[1]!.postgres)).toEqual(before);
      const figures = {
        accounts: before.user_entity,
        signInsDuringTheBackup,
        dumpSeconds,
        restoreSeconds,
        backupBytes: (await stat(backup)).size,
      };
      process.stdout.write(`Backup and restore: ${JSON.stringify(figures)}\n`);

      const restored = await portalOn(1, "backup-target");
      const exported = await cliOn(restored)(["export"]);
      expect(accountRows(exported.stdout).filter((row) => row.startsWith("sauvegarde."))).toEqual(
        accountRows(accounts),
      );
      const [principalAccount] = await adminOf(restored).api.users.find({ realm, email: principal, exact: true });
      expect(principalAccount?.attributes?.[USER_ATTRIBUTES.principal]).toEqual(["0751234A"]);
      expect(principalAccount?.attributes?.[USER_ATTRIBUTES.etablissement]?.sort()).toEqual(["0751234A", "0931234B"]);

      const used: string[] = [];
      const tokens = await signIn(new CookieJar(restored.url), realm, app(), {
        username: secured,
        password: PASSWORD,
        otp: async () => {
          used.push(await nextCode(authenticator.app, used));
          return used.at(-1)!;
        },
      });
      expect(tokens.id_token).toBeTruthy();
      expect(await plan(adminOf(restored), config)).toEqual([]);
    },
  );
});
