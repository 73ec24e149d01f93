import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RealmConfig } from "../../../admin-scripts/src/catalogue";
import type { Connection } from "../../../admin-scripts/src/keycloak/connection";
import { apply } from "../../../admin-scripts/src/reconcile/apply";
import { exportRealm } from "../../../admin-scripts/src/reconcile/export";
import { plan, planWithDrift } from "../../../admin-scripts/src/reconcile/plan";
import { renderDrift } from "../../../admin-scripts/src/commands/plan-text";
import {
  appliedRealmConfigCopy,
  checkExportOnFreshRealm,
  loadConfig,
  runCliOnTestStack,
  uniqueRealm,
} from "../../support/realm-config";
import { useLanguage } from "../../../admin-scripts/src/messages";
import { said, saying, TEST_LANGUAGE } from "../../support/cli-messages";

// The drift as `plan` words it: in the language runCli would choose.
useLanguage(TEST_LANGUAGE);

const targets = (resources: { target: string }[]) => resources.map((resource) => resource.target);

const cli = runCliOnTestStack;

/** What an operator makes in the admin console: one resource of each kind realm-config names. */
async function makeByHand({ api, realm }: Connection): Promise<void> {
  // A redirect URI, which realm-config asks of every app that signs people in: adopted as exported.
  await api.clients.create({
    realm,
    clientId: "drift-test",
    name: "Drift test",
    redirectUris: ["https://drift.example/"],
  });
  await api.groups.create({ realm, name: "drift-group" });
  await api.roles.create({ realm, name: "drift-role", description: "made by hand" });
  await api.clientScopes.create({ realm, name: "drift-scope", protocol: "openid-connect" });
  await api.authenticationManagement.createFlow({
    realm,
    alias: "drift flow",
    description: "made by hand",
    providerId: "basic-flow",
    topLevel: true,
    builtIn: false,
  });
  await api.authenticationManagement.addExecutionToFlow({ realm, flow: "drift flow", provider: "auth-cookie" });
}

const MADE_BY_HAND = [
  "flow drift flow",
  "role drift-role",
  "client scope drift-scope",
  "client drift-test",
  "group drift-group",
];

/** realm-config with one more resource of each kind, which apply creates (and marks). */
function withOldResources(config: RealmConfig): RealmConfig {
  const changed = structuredClone(config);
  changed.flows!.push({
    alias: "old flow",
    description: "",
    steps: [{ authenticator: "auth-cookie", requirement: "ALTERNATIVE" }],
  });
  changed.roles!.push({ name: "old-role", description: "" });
  changed.clientScopes!.push({ name: "old-scope", description: "", includeInTokenScope: true, mappers: [] });
  changed.clients.push({ ...changed.clients.find((client) => client.clientId === "dexco")!, clientId: "old-app" });
  changed.groups!.push({ name: "old-group", realmRoles: ["old-role"], clientRoles: { "old-app": ["utilisateur"] } });
  return changed;
}

describe("what the live realm holds that realm-config does not name", () => {
  const realm = uniqueRealm("drift");
  let directory: string;
  let config: RealmConfig;
  let connection: Connection;

  beforeAll(async () => {
    ({ directory, config, connection } = await appliedRealmConfigCopy(realm));
  });

  afterAll(async () => {
    await connection.api.realms.del({ realm });
  });

  it("is nothing on a realm just applied: Keycloak's own clients, scopes, roles and flows are not drift", async () => {
    expect(await planWithDrift(connection, config)).toEqual({ changes: [], drift: [] });
  });

  it("lists what was made by hand as drift, with its creation date from the admin events, and apply leaves it", async () => {
    await makeByHand(connection);
    const { changes, drift } = await planWithDrift(connection, config);
    expect(changes).toEqual([]);
    expect(targets(drift)).toEqual(MADE_BY_HAND);
    const now = Date.now();
    for (const resource of drift) expect(resource.created).toBeGreaterThan(now - 10 * 60_000);

    expect(await apply(connection, config, undefined, { delete: true })).toEqual({ done: [] });
    expect(targets((await planWithDrift(connection, config)).drift)).toEqual(MADE_BY_HAND);

    const shown = await cli(["--config", directory, "plan"]);
    expect(shown.code).toBe(0);
    expect(shown.output).toContain(renderDrift(drift));
    // Dated by the admin event that recorded its creation.
    const [line] = renderDrift(drift)
      .split("\n")
      .filter((text) => text.includes(`${saying("target.client")} drift-test`));
    expect(line).toMatch(said("plan.drift", { target: `${saying("target.client")} drift-test` }));
    expect(line).toMatch(said("plan.created", {}));
    expect(line).toContain(` ${new Date().getUTCFullYear()}-`);
    const json = await cli(["--config", directory, "plan", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.output.slice(json.output.indexOf("{"), json.output.lastIndexOf("}") + 1))).toMatchObject({
      summary: { create: 0, update: 0, delete: 0 },
      drift: expect.arrayContaining([{ kind: "groups", target: "group drift-group", created: expect.any(String) }]),
    });
  });

  it("deletes what apply created once realm-config no longer names it, last, in reverse order, only when asked", async () => {
    const withOld = withOldResources(config);
    expect((await apply(connection, withOld)).failed).toBeUndefined();
    expect(await plan(connection, withOld)).toEqual([]);

    const deletions = await plan(connection, config);
    expect(deletions.map((change) => `${change.action} ${change.target}`)).toEqual([
      "delete group old-group",
      "delete client old-app",
      "delete client scope old-scope",
      "delete role old-role",
      "delete flow old flow",
    ]);
    expect(await apply(connection, config)).toEqual({ done: [] });
    expect(await plan(connection, config)).toHaveLength(5);

    const report = await apply(connection, config, undefined, { delete: true });
    expect(report.failed).toBeUndefined();
    expect(targets(report.done)).toEqual(targets(deletions));
    expect(await planWithDrift(connection, config)).toMatchObject({ changes: [] });
    const { api } = connection;
    expect(await api.clients.find({ realm, clientId: "old-app" })).toEqual([]);
    expect(await api.groups.find({ realm, search: "old-group", exact: true })).toEqual([]);
    // Never deleted: Keycloak's own, and what was made by hand.
    for (const clientId of ["account", "admin-cli", "drift-test"])
      expect(await api.clients.find({ realm, clientId })).toHaveLength(1);
    expect(targets((await planWithDrift(connection, config)).drift)).toEqual(MADE_BY_HAND);
  });

  it("from the CLI: a removed client file is a deletion that plan counts and apply makes only with --delete", async () => {
    const file = path.join(directory, "clients", "old-cli-app.yaml");
    await writeFile(
      file,
      "clientId: old-cli-app\nname: Old app\ntype: confidential\nredirectUris: [https://old.example/]\n",
    );
    expect((await cli(["--config", directory, "apply", "--yes"])).code).toBe(0);
    await rm(file);

    const shown = await cli(["--config", directory, "plan"]);
    expect(shown.code).toBe(2);
    expect(shown.output).toContain(
      `  - ${saying("plan.change", { action: saying("plan.action.delete"), target: `${saying("target.client")} old-cli-app` })}`,
    );
    expect(shown.output).toContain(saying("plan.summary", { create: 0, update: 0, delete: 1 }));

    const kept = await cli(["--config", directory, "apply", "--yes"]);
    expect(kept.code).toBe(0);
    expect(kept.output).toContain(saying("apply.deletionsKept", { count: 1 }));
    expect(await connection.api.clients.find({ realm, clientId: "old-cli-app" })).toHaveLength(1);

    // Off a terminal, a deletion needs --yes, as any apply does.
    expect((await cli(["--config", directory, "apply", "--delete"])).code).toBe(1);
    expect(await connection.api.clients.find({ realm, clientId: "old-cli-app" })).toHaveLength(1);

    const deleted = await cli(["--config", directory, "apply", "--delete", "--yes"]);
    expect(deleted.code).toBe(0);
    expect(deleted.output).toContain(
      saying("plan.change", { action: saying("plan.action.delete"), target: `${saying("target.client")} old-cli-app` }),
    );
    expect(await connection.api.clients.find({ realm, clientId: "old-cli-app" })).toEqual([]);
    expect((await cli(["--config", directory, "plan"])).code).toBe(0);
  });

  it("is exported too: adopted, it is no longer drift, and the files rebuild it on a fresh realm", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "realm-export-drift-"));
    const files = await exportRealm(connection, out);
    expect(files).toEqual(expect.arrayContaining(["clients/drift-test.yaml", "groups.yaml", "flows.yaml"]));
    const adopted = await loadConfig(out, { SMTP_PASSWORD: "unused" });
    expect((await planWithDrift(connection, adopted)).drift).toEqual([]);

    await checkExportOnFreshRealm(out, realm, "drift-copy", async (copyConnection, copyConfig) => {
      expect(await planWithDrift(copyConnection, copyConfig)).toEqual({ changes: [], drift: [] });
    });
  });
});
