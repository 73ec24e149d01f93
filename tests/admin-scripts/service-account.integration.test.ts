import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RealmConfig } from "../../admin-scripts/src/catalogue";
import { connect, type Connection } from "../../admin-scripts/src/keycloak/connection";
import { apply } from "../../admin-scripts/src/reconcile/apply";
import { plan } from "../../admin-scripts/src/reconcile/plan";
import { accountsFile, generatedAccounts } from "../../testing/accounts-files";
import { startCli } from "../support/cli-process";
import { personWithPassword, testStack } from "../support/keycloak";
import { adminConnection, loadConfig, realmConfigCopy, smtpVariables, uniqueRealm } from "../support/realm-config";
import { importSummary, said, saying, words } from "../support/cli-messages";

/** The CLI as operators run it day to day: through its least-privilege service account. */
describe("the siec-admin-cli service account", () => {
  const realm = uniqueRealm("rac-sa");
  let admin: Connection;
  let config: RealmConfig;
  let serviceAccount: Connection;
  let directory: string;
  let secret: string;

  beforeAll(async () => {
    directory = await realmConfigCopy(realm);
    // Tokens of 5 s, so that a run outlives several.
    const lifespans = path.join(directory, "lifespans.yaml");
    await writeFile(lifespans, (await readFile(lifespans, "utf8")).replace("accessToken: 5m", "accessToken: 5s"));
    admin = adminConnection(testStack().keycloakUrl, realm, testStack().admin);
    config = await loadConfig(directory, smtpVariables());
    expect((await apply(admin, config)).failed).toBeUndefined();
    const [cli] = await admin.api.clients.find({ realm, clientId: "siec-admin-cli" });
    secret = (await admin.api.clients.getClientSecret({ realm, id: cli!.id! })).value!;
    serviceAccount = connect({
      url: testStack().keycloakUrl,
      realm,
      credentials: { kind: "service-account", clientId: "siec-admin-cli", clientSecret: secret },
    });
  });

  afterAll(async () => {
    await admin.api.realms.del({ realm });
  });

  it("holds enough roles to read the whole realm, and renews its token by itself", async () => {
    expect(await plan(serviceAccount, config)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await plan(serviceAccount, config)).toEqual([]);
  });

  it("imports and invites for longer than its tokens live: each is renewed in time, nothing fails", async () => {
    const tokens = async () =>
      (await admin.api.realms.findEvents({ realm, type: "CLIENT_LOGIN", client: "siec-admin-cli", max: 1000 })).length;
    const tokensBefore = await tokens();
    const file = await accountsFile(generatedAccounts(12, "long-run"));
    // One invitation a second: the run lasts over 11 s, more than two tokens' lifespan.
    const run = await startCli(["--config", directory, "users", "import", "--invite", "--rate", "1", file], {
      ...process.env,
      KEYCLOAK_URL: testStack().keycloakUrl,
      KEYCLOAK_CLIENT_ID: "siec-admin-cli",
      KEYCLOAK_CLIENT_SECRET: secret,
    }).exited;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(importSummary({ created: 12, invited: 12 }));
    expect((await tokens()) - tokensBefore).toBeGreaterThanOrEqual(3);
  });

  it("holds no more: no other realm, no new realm, no impersonation, no right it lacks granted to itself", async () => {
    const api = serviceAccount.api;
    const status = (request: Promise<unknown>) =>
      request.then(
        () => 200,
        (error: { response?: { status: number } }) => error.response?.status,
      );
    expect(await status(api.realms.findOne({ realm: "master" }))).toBe(403);
    expect(await status(api.users.find({ realm: testStack().realm, max: 1 }))).toBe(403);
    expect(await status(api.realms.create({ realm: `${realm}-new`, enabled: false }))).toBe(403);

    const { id: someone } = await personWithPassword("impersonated", { value: "Examens2026$ok" }, realm);
    expect(await status(api.users.impersonation({ realm, id: someone }, { user: someone, realm }))).toBe(403);

    const [cli] = await admin.api.clients.find({ realm, clientId: "siec-admin-cli" });
    const [management] = await admin.api.clients.find({ realm, clientId: "realm-management" });
    const itself = await admin.api.clients.getServiceAccountUser({ realm, id: cli!.id! });
    // Keycloak lets it add the roles its own rights already cover (create-client and the clients'
    // authorization under manage-clients, organizations under manage-realm); none of these.
    const beyondItsRights = [
      "realm-admin",
      "impersonation",
      "view-events",
      "manage-events",
      "manage-identity-providers",
    ];
    for (const roleName of beyondItsRights) {
      const role = await admin.api.clients.findRole({ realm, id: management!.id!, roleName });
      const grant = api.users.addClientRoleMappings({
        realm,
        id: itself.id!,
        clientUniqueId: management!.id!,
        roles: [{ id: role!.id!, name: roleName }],
      });
      expect(await status(grant), roleName).toBe(403);
    }
  });

  it("is told which role it lacks when Keycloak answers 403", async () => {
    const [cli] = await admin.api.clients.find({ realm, clientId: "siec-admin-cli" });
    const [management] = await admin.api.clients.find({ realm, clientId: "realm-management" });
    const user = await admin.api.clients.getServiceAccountUser({ realm, id: cli!.id! });
    const manageClients = await admin.api.clients.findRole({ realm, id: management!.id!, roleName: "manage-clients" });
    await admin.api.users.delClientRoleMappings({
      realm,
      id: user.id!,
      clientUniqueId: management!.id!,
      roles: [{ id: manageClients!.id!, name: "manage-clients" }],
    });
    const changed = {
      ...config,
      clients: config.clients.map((client) =>
        client.clientId === "dexco" ? { ...client, description: "Nouvelle description" } : client,
      ),
    };

    const report = await apply(serviceAccount, changed);
    expect(words(report.failed?.during)).toBe(
      saying("apply.during.change", {
        change: saying("plan.change", {
          action: saying("plan.action.update"),
          target: `${saying("target.client")} dexco`,
        }),
      }),
    );
    expect(words(report.failed?.message)).toMatch(said("api.forbidden", { role: "manage-clients" }));
  });
});
