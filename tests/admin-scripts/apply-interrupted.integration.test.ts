import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { apply } from "../../admin-scripts/src/reconcile/apply";
import { plan } from "../../admin-scripts/src/reconcile/plan";
import { startKeycloak, type KeycloakServer } from "../../stack/keycloak";
import { ensureProviderJars } from "../../theme/scripts/jar";
import { freePort } from "../../stack/ports";
import { adminConnection, loadConfig, realmConfigCopy, uniqueRealm } from "../support/realm-config";

/**
 * A Keycloak of this test's own, on a database file that survives a restart, stopped in the
 * middle of an apply. It always runs as a local Java process: the test stops and restarts it.
 */
describe("Keycloak stopped in the middle of an apply", () => {
  let server: KeycloakServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("gives a clear error, and a re-run converges with nothing doubled", { timeout: 400_000 }, async () => {
    const database = await mkdtemp(path.join(tmpdir(), "keycloak-db-"));
    const settings = {
      instance: "interrupted",
      providerJars: await ensureProviderJars(),
      parallel: true,
      httpPort: await freePort(),
      managementPort: await freePort(),
      database: "dev-file" as const,
      admin: { username: "admin", password: "interrupted-admin" },
      fixedPorts: true,
      hostPorts: [],
      extraOptions: [`--db-url=jdbc:h2:file:${database}/keycloakdb;NON_KEYWORDS=VALUE`],
    };
    server = await startKeycloak(settings, "local");
    const realm = uniqueRealm("interrupted");
    const config = await loadConfig(await realmConfigCopy(realm));
    const connection = adminConnection(server.url, realm, settings.admin);

    let started = 0;
    let stopping: Promise<void> | undefined;
    const interrupted = await apply(connection, config, (_change, status) => {
      if (status === "start" && ++started === 12) stopping = server!.stop();
    });
    await stopping;
    // Refused when it stopped between two requests, lost when it stopped during one.
    expect(interrupted.failed?.message).toMatch(
      /Keycloak does not answer \(ECONNREFUSED\)|connection to Keycloak was lost during a request/,
    );
    expect(interrupted.done.length).toBeGreaterThanOrEqual(10);
    expect(interrupted.done.length).toBeLessThan(26);

    server = await startKeycloak(settings, "local");
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
});
