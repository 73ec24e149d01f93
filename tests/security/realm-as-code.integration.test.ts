/**
 * Attack tests (issue 21, findings 6 and 7) on the admin scripts' own writes, against the run's
 * real Keycloak: what `apply --delete` may delete, and where `export` may write. Someone with the
 * admin console (or the admin API) prepares the realm; the operator then runs the CLI as usual.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RealmConfig } from "../../admin-scripts/src/catalogue";
import type { Connection } from "../../admin-scripts/src/keycloak/connection";
import { apply } from "../../admin-scripts/src/reconcile/apply";
import { plan, planWithDrift } from "../../admin-scripts/src/reconcile/plan";
import { MANAGED_BY, markerOf } from "../../admin-scripts/src/resource-kit/managed";
import { saying } from "../support/cli-messages";
import { appliedRealmConfigCopy, runCliOnTestStack, uniqueRealm } from "../support/realm-config";

const targets = (resources: { target: string }[]) => resources.map((resource) => resource.target);

describe("a copy of a resource apply created (finding 6)", () => {
  const realm = uniqueRealm("copies");
  let directory: string;
  let config: RealmConfig;
  let connection: Connection;
  const COPIES = [
    "flow Copy of siec browser",
    "role copy-of-gestionnaire",
    "client scope copy-of-etablissement",
    "client copy-of-dexco",
    "group Copy of dexco",
  ];

  /** What the admin console's "Duplicate" makes (flows, groups), or an export of one imported under another name. */
  async function copyEachKind({ api }: Connection): Promise<void> {
    const flow = config.flows!.find((candidate) => candidate.alias === "siec browser")!;
    await api.authenticationManagement.copyFlow({ realm, flow: flow.alias, newName: "Copy of siec browser" });

    const [role] = await api.roles.find({ realm, search: "gestionnaire", briefRepresentation: false });
    await api.roles.create({ realm, name: "copy-of-gestionnaire", attributes: role!.attributes });

    const scope = await api.clientScopes.findOneByName({ realm, name: "etablissement" });
    await api.clientScopes.create({
      realm,
      name: "copy-of-etablissement",
      protocol: "openid-connect",
      attributes: scope!.attributes,
    });

    const [client] = await api.clients.find({ realm, clientId: "dexco" });
    const { id: _id, clientId: _clientId, ...rest } = client!;
    await api.clients.create({ realm, ...rest, clientId: "copy-of-dexco" });

    const [group] = await api.groups.find({ realm, search: "dexco", exact: true, briefRepresentation: false });
    await api.groups.create({ realm, name: "Copy of dexco", attributes: group!.attributes });
  }

  beforeAll(async () => {
    ({ directory, config, connection } = await appliedRealmConfigCopy(realm));
    await copyEachKind(connection);
  });

  afterAll(async () => {
    await connection.api.realms.del({ realm });
  });

  it("is drift, never a deletion: plan lists it as drift and apply --delete leaves it", async () => {
    const { changes, drift } = await planWithDrift(connection, config);
    expect(changes.map((change) => `${change.action} ${change.target}`)).toEqual([]);
    expect(targets(drift).sort()).toEqual([...COPIES].sort());

    expect(await apply(connection, config, undefined, { delete: true })).toEqual({ done: [] });
    const { api } = connection;
    expect((await api.authenticationManagement.getFlows({ realm })).map((flow) => flow.alias)).toContain(
      "Copy of siec browser",
    );
    expect(await api.clients.find({ realm, clientId: "copy-of-dexco" })).toHaveLength(1);
    expect(await api.groups.find({ realm, search: "Copy of dexco", exact: true })).toHaveLength(1);
    expect(await api.roles.findOneByName({ realm, name: "copy-of-gestionnaire" })).toBeDefined();
    expect(await api.clientScopes.findOneByName({ realm, name: "copy-of-etablissement" })).toBeDefined();
  });

  it("from the CLI: plan exits 0 and names no deletion; apply --delete --yes deletes nothing", async () => {
    const shown = await runCliOnTestStack(["--config", directory, "plan"]);
    expect(shown.output).not.toContain(saying("plan.action.delete"));
    expect(shown.code).toBe(0);
    const applied = await runCliOnTestStack(["--config", directory, "apply", "--delete", "--yes"]);
    expect(applied.code).toBe(0);
    expect(await connection.api.clients.find({ realm, clientId: "copy-of-dexco" })).toHaveLength(1);
  });

  it("while the resource it was copied from stays a deletion once realm-config no longer names it", async () => {
    const withOld = structuredClone(config);
    withOld.roles!.push({ name: "old-role", description: "" });
    expect((await apply(connection, withOld)).failed).toBeUndefined();
    const [copied] = await connection.api.roles.find({ realm, search: "old-role", briefRepresentation: false });
    await connection.api.roles.create({ realm, name: "copy-of-old-role", attributes: copied!.attributes });

    const changes = await plan(connection, config);
    expect(changes.map((change) => `${change.action} ${change.target}`)).toEqual(["delete role old-role"]);
  });

  it("a marker written before it named its resource is rewritten by apply, so removing it stays a deletion", async () => {
    const { api } = connection;
    const role = await api.roles.findOneByName({ realm, name: "gestionnaire" });
    await api.roles.updateByName(
      { realm, name: "gestionnaire" },
      { ...role, attributes: { ...role!.attributes, [MANAGED_BY.attribute]: [MANAGED_BY.value] } },
    );
    const flow = (await api.authenticationManagement.getFlows({ realm })).find(
      ({ alias }) => alias === "siec browser",
    )!;
    await api.authenticationManagement.updateFlow(
      { realm, flowId: flow.id! },
      { ...flow, description: flow.description!.replace(markerOf("siec browser"), MANAGED_BY.value) },
    );

    // The updates; old-role, which the test before made, is a deletion here.
    const updates = async () => (await plan(connection, config)).filter((change) => change.action !== "delete");
    expect(
      (await updates())
        .map((change) => `${change.action} ${change.target}: ${change.fields.map((f) => f.path)}`)
        .sort(),
    ).toEqual([
      `update flow siec browser: ${MANAGED_BY.attribute}`,
      `update role gestionnaire: attributes.${MANAGED_BY.attribute}`,
    ]);
    expect((await apply(connection, config)).failed).toBeUndefined();
    expect(await updates()).toEqual([]);
    expect((await api.roles.findOneByName({ realm, name: "gestionnaire" }))?.attributes).toMatchObject({
      [MANAGED_BY.attribute]: [markerOf("gestionnaire")],
    });

    const withoutRole = { ...config, roles: config.roles!.filter(({ name }) => name !== "gestionnaire") };
    const deletions = (await plan(connection, withoutRole)).filter((change) => change.action === "delete");
    expect(deletions.map((change) => change.target).sort()).toEqual(["role gestionnaire", "role old-role"]);
  });
});

describe("export of a realm whose names lead out of --out (finding 7)", () => {
  const realm = uniqueRealm("export-names");
  let directory: string;
  let connection: Connection;

  beforeAll(async () => {
    ({ directory, connection } = await appliedRealmConfigCopy(realm));
  });

  afterAll(async () => {
    await connection.api.realms.del({ realm });
  });

  /** Every file under `folder`, relative to it. */
  async function filesUnder(folder: string): Promise<string[]> {
    if (!existsSync(folder)) return [];
    return (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  }

  it.each([
    ["../../../x", "three folders up"],
    ["..", "the folder itself"],
    ["sub/x", "a path separator"],
    ["..\\..\\x", "a Windows separator"],
  ])("a client id %s (%s) is refused, naming the client, and nothing is written anywhere", async (clientId) => {
    await connection.api.clients.create({ realm, clientId, redirectUris: ["https://copy.example/"] });
    try {
      const root = await mkdtemp(path.join(tmpdir(), "export-traversal-"));
      const out = path.join(root, "a", "b", "c", "out");
      await mkdir(out, { recursive: true });

      const run = await runCliOnTestStack(["--config", directory, "export", "--out", out]);
      expect(await filesUnder(root)).toEqual([]);
      expect(run.code).toBe(1);
      expect(run.output).toContain(saying("export.unsafeName", { name: clientId, label: saying("name.clientId") }));
    } finally {
      const [client] = await connection.api.clients.find({ realm, clientId });
      if (client) await connection.api.clients.del({ realm, id: client.id! });
    }
  });

  it("still writes an ordinary realm, every file under --out (the control case)", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "export-traversal-"));
    const out = path.join(root, "out");
    const run = await runCliOnTestStack(["--config", directory, "export", "--out", out]);
    expect(run.code).toBe(0);
    const files = await filesUnder(root);
    expect(files).toContain(path.join("out", "clients", "dexco.yaml"));
    for (const file of files) expect(file.startsWith(`out${path.sep}`), file).toBe(true);
  });
});
