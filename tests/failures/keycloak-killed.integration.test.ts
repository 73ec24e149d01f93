import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apply, type Connection, plan, type RealmConfig } from "@siec/admin-scripts";
import { startKeycloak, type KeycloakServer } from "../../stack/keycloak";
import { freePorts } from "../../stack/ports";
import { ensureProviderJars } from "../../build/provider-jars";
import { accountRows, accountsFile, generatedAccounts } from "../../testing/accounts-files";
import { ownDatabase } from "../support/database";
import { importPlan, said, words } from "../support/cli-messages";
import { startCli } from "../support/cli-process";
import { adminConnection, loadConfig, realmConfigCopy, uniqueRealm } from "../support/realm-config";

/** What the CLI says when Keycloak went away between two requests, or during one. */
/** What the CLI says when Keycloak is gone: refused at once, or lost during a request. */
const KEYCLOAK_GONE = new RegExp(
  `${said("api.noAnswer", { code: "ECONNREFUSED" }).source}|${said("api.connectionLost").source}`,
);

/**
 * A Keycloak of this file's own, on a database file that survives a restart, killed (SIGKILL, as
 * a crash or the OOM killer would) in the middle of the operators' commands. It always runs as a
 * local Java process: the tests kill and restart it.
 */
describe("Keycloak killed in the middle of a command", () => {
  const realm = uniqueRealm("killed");
  let settings: Parameters<typeof startKeycloak>[0];
  let server: KeycloakServer | undefined;
  let directory: string;
  let config: RealmConfig;
  let connection: Connection;
  let database: Awaited<ReturnType<typeof ownDatabase>> | undefined;

  beforeAll(async () => {
    database = await ownDatabase("killed");
    const [httpPort, managementPort] = await freePorts(2);
    settings = {
      instance: "killed",
      providerJars: await ensureProviderJars(),
      parallel: true,
      httpPort,
      managementPort,
      admin: { username: "admin", password: "killed-admin" },
      fixedPorts: true,
      hostPorts: [],
      ...database.settings,
    };
    server = await startKeycloak(settings, "local");
    directory = await realmConfigCopy(realm);
    config = await loadConfig(directory);
    connection = adminConnection(server.url, realm, settings.admin);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await database?.stop();
  });

  async function killAndRestart(kill: () => Promise<void> | undefined): Promise<void> {
    await kill();
    server = await startKeycloak(settings, "local");
  }

  it("during apply: a clear error, and a re-run converges with nothing doubled", { timeout: 400_000 }, async () => {
    let started = 0;
    let killing: Promise<void> | undefined;
    const interrupted = await apply(connection, config, (_change, status) => {
      if (status === "start" && ++started === 12) killing = server!.stop({ kill: true });
    });
    expect(words(interrupted.failed?.message)).toMatch(KEYCLOAK_GONE);
    expect(interrupted.done.length).toBeGreaterThanOrEqual(10);
    expect(interrupted.done.length).toBeLessThan(26);

    await killAndRestart(() => killing);
    const resumed = await apply(connection, config);
    expect(resumed.failed).toBeUndefined();
    expect(await plan(connection, config)).toEqual([]);

    const clients = (await connection.api.clients.find({ realm })).map((client) => client.clientId);
    expect(clients.filter((clientId) => clientId === "dexco")).toHaveLength(1);
    const groups = (await connection.api.groups.find({ realm })).map((group) => group.name);
    expect(new Set(groups).size).toBe(groups.length);
    const flows = (await connection.api.authenticationManagement.getFlows({ realm })).filter(
      (flow) => flow.alias === "siec reset credentials",
    );
    expect(flows).toHaveLength(1);
  });

  it(
    "during users import: the CLI says so, and a re-run imports the rest, nothing lost or doubled",
    { timeout: 400_000 },
    async () => {
      const accounts = generatedAccounts(1500, "crash");
      const file = await accountsFile(accounts);
      const environment = {
        ...process.env,
        KEYCLOAK_URL: server!.url,
        KEYCLOAK_ADMIN: settings.admin.username,
        KEYCLOAK_ADMIN_PASSWORD: settings.admin.password,
        KEYCLOAK_CLIENT_ID: "",
        KEYCLOAK_CLIENT_SECRET: "",
      };
      const cli = (...args: string[]) => startCli(["--config", directory, "users", ...args], environment).exited;

      const interrupted = startCli(["--config", directory, "users", "import", file], environment);
      await interrupted.reached("progress.accounts", 450);
      await killAndRestart(() => server!.stop({ kill: true }));
      const { code, stderr } = await interrupted.exited;
      expect(code).not.toBe(0);
      expect(stderr).toMatch(KEYCLOAK_GONE);
      // Fewer than 450 may be left: the dev-file database (H2) writes commits to disk with a
      // delay, so a SIGKILL can lose the last ones; the re-run creates whatever is missing.
      const partial = await connection.api.users.count({ realm, search: "crash." });
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(1500);

      const resumed = await cli("import", file);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stdout).toMatch(importPlan(1500 - partial, 0, partial));
      const again = await cli("import", file);
      expect(again.stdout).toMatch(importPlan(0, 0, 1500));

      // Every row is in Keycloak once, with its name, school and application.
      const exported = await cli("export");
      expect(accountRows(exported.stdout)).toEqual(accountRows(accounts));
    },
  );
});
