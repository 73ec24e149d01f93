import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROCONNECT } from "@siec/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RealmConfig } from "../../../admin-scripts/src/catalogue";
import type { Connection } from "../../../admin-scripts/src/keycloak/connection";
import { MASKED_SECRET } from "../../../admin-scripts/src/identity-providers/representation";
import { apply } from "../../../admin-scripts/src/reconcile/apply";
import { exportRealm } from "../../../admin-scripts/src/reconcile/export";
import { plan, planWithDrift } from "../../../admin-scripts/src/reconcile/plan";
import { MANAGED_BY, markerOf } from "../../../admin-scripts/src/resource-kit/managed";
import { testStack } from "../../support/keycloak";
import { adminConnection, loadConfig, realmConfigCopy, uniqueRealm } from "../../support/realm-config";
import { PROCONNECT_FILE, PROCONNECT_VARIABLES } from "./fixture";

const ALIAS = "proconnect";
/** What export and the example read: the secret's variable, and smtp.yaml's commented-out password. */
const ENVIRONMENT = { ...PROCONNECT_VARIABLES, SMTP_PASSWORD: "unused" };
const changeNames = (changes: { action: string; target: string }[]) =>
  changes.map((change) => `${change.action} ${change.target}`);

describe("an identity provider applied to Keycloak", () => {
  const realm = uniqueRealm("idp");
  let directory: string;
  let config: RealmConfig;
  let connection: Connection;

  beforeAll(async () => {
    directory = await realmConfigCopy(realm);
    connection = adminConnection(testStack().keycloakUrl, realm, testStack().admin);
    config = await loadConfig(directory, PROCONNECT_VARIABLES);
    expect((await apply(connection, config)).failed).toBeUndefined();
  });

  afterAll(async () => {
    await connection.api.realms.del({ realm });
  });

  it("is the extension's ProConnect broker with its mappers, marked, the secret masked; plan then has nothing to do", async () => {
    const { api } = connection;
    const provider = await api.identityProviders.findOne({ realm, alias: ALIAS });
    expect(provider).toMatchObject({
      providerId: PROCONNECT.providerId,
      enabled: true,
      trustEmail: false,
      storeToken: false,
      hideOnLogin: false,
    });
    expect(provider!.config).toMatchObject({
      clientSecret: MASKED_SECRET,
      validateSignature: "true",
      useJwksUrl: "true",
      pkceEnabled: "true",
      syncMode: "IMPORT",
      [MANAGED_BY.attribute]: markerOf(ALIAS),
    });
    const mappers = await api.identityProviders.findMappers({ realm, alias: ALIAS });
    expect(mappers.map((mapper) => mapper.name).sort()).toEqual(["uid ProConnect", "fournisseur ProConnect"].sort());
    expect(mappers.find((mapper) => mapper.name === "uid ProConnect")!.config).toMatchObject({
      claim: "uid",
      "user.attribute": "proconnect_uid",
      syncMode: "FORCE",
      [MANAGED_BY.attribute]: markerOf(`${ALIAS}/uid ProConnect`),
    });

    expect(await planWithDrift(connection, config)).toEqual({ changes: [], drift: [] });
  });

  it("shows exactly the field changed in its file, and apply makes it", async () => {
    const file = path.join(directory, PROCONNECT_FILE);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("displayName: ProConnect", "displayName: Agents publics"),
    );
    const changed = await loadConfig(directory, PROCONNECT_VARIABLES);

    const changes = await plan(connection, changed);
    expect(changeNames(changes)).toEqual([`update identity provider ${ALIAS}`]);
    expect(changes[0]!.fields).toEqual([{ path: "displayName", before: "ProConnect", after: "Agents publics" }]);

    expect((await apply(connection, changed)).failed).toBeUndefined();
    expect(await plan(connection, changed)).toEqual([]);
    config = changed;
  });

  it("is exported as its file, the secret as its variable, and the export reads back as the same files", async () => {
    const first = await mkdtemp(path.join(tmpdir(), "idp-export-"));
    expect(await exportRealm(connection, first)).toContain(`identity-providers/${ALIAS}.yaml`);
    const exported = await readFile(path.join(first, PROCONNECT_FILE), "utf8");
    expect(exported).toContain("clientSecret: ${PROCONNECT_CLIENT_SECRET}");
    expect(exported).not.toContain(PROCONNECT_VARIABLES.PROCONNECT_CLIENT_SECRET);
    expect(exported).not.toContain(MASKED_SECRET);

    const adopted = await loadConfig(first, ENVIRONMENT);
    const [declared] = config.identityProviders;
    const byName = [...declared!.mappers].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(adopted.identityProviders).toEqual([{ ...declared, mappers: byName }]);
    // Other kinds' exports are their own tests' (required actions come back with Keycloak's priorities).
    const ofProviders = (await plan(connection, adopted)).filter((change) => change.kind === "identity providers");
    expect(ofProviders).toEqual([]);

    const second = await mkdtemp(path.join(tmpdir(), "idp-export-"));
    await exportRealm(connection, second);
    expect(await readFile(path.join(second, PROCONNECT_FILE), "utf8")).toBe(exported);
  });

  it("reports a mapper made by hand as drift, which apply leaves", async () => {
    const { api } = connection;
    await api.identityProviders.createMapper({
      realm,
      alias: ALIAS,
      identityProviderMapper: {
        name: "siret",
        identityProviderAlias: ALIAS,
        identityProviderMapper: "oidc-user-attribute-idp-mapper",
        config: { claim: "siret", "user.attribute": "siret", syncMode: "INHERIT" },
      },
    });
    const { changes, drift } = await planWithDrift(connection, config);
    expect(changes).toEqual([]);
    expect(drift.map((resource) => resource.target)).toEqual([`identity provider mapper ${ALIAS}/siret`]);

    expect(await apply(connection, config)).toEqual({ done: [] });
    const names = (await api.identityProviders.findMappers({ realm, alias: ALIAS })).map((mapper) => mapper.name);
    expect(names).toContain("siret");
  });

  it("deletes a mapper apply made once its file no longer names it, only with --delete", async () => {
    const withoutIdp = structuredClone(config);
    withoutIdp.identityProviders[0]!.mappers = config.identityProviders[0]!.mappers.filter(
      (mapper) => mapper.name !== "fournisseur ProConnect",
    );
    expect(changeNames(await plan(connection, withoutIdp))).toEqual([
      `delete identity provider mapper ${ALIAS}/fournisseur ProConnect`,
    ]);
    expect((await apply(connection, withoutIdp, undefined, { delete: true })).failed).toBeUndefined();
    const names = (await connection.api.identityProviders.findMappers({ realm, alias: ALIAS })).map(
      (mapper) => mapper.name,
    );
    expect(names).not.toContain("fournisseur ProConnect");
    expect(names).toContain("siret");
  });
});
