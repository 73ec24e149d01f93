import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../admin-scripts/src/cli";
import { watchRequests } from "../../../admin-scripts/src/keycloak/http";
import { HEADER, accountsFile } from "../../../testing/accounts-files";
import { saying } from "../../support/cli-messages";
import { testStack } from "../../support/keycloak";
import { adminConnection, realmForUserCommands, uniqueRealm } from "../../support/realm-config";

describe("the compte principal of an établissement, as operators set it", () => {
  const realm = uniqueRealm("principal");
  let directory: string;
  let connection: ReturnType<typeof adminConnection>;
  const cli = (...args: string[]) => runCli(["--config", directory, "users", ...args]);
  const writes = () => watchRequests(testStack().keycloakUrl).writes;
  const principalOf = async (email: string) => {
    const [user] = await connection.api.users.find({ realm, email, exact: true });
    return user?.attributes?.principal ?? [];
  };
  const printed = () => vi.mocked(console.log).mock.calls.flat().join("\n");
  const refused = () => vi.mocked(console.error).mock.calls.flat().join("\n");

  beforeAll(async () => {
    ({ directory, connection } = await realmForUserCommands(realm));
    const file = await accountsFile(
      `${HEADER};principal\n` +
        "principale@example.org;Durand;Camille;0751234A|0931234B;dexco;0751234A\n" +
        "collegue@example.org;Martin;Paul;0751234A;dexco;\n",
    );
    expect(await cli("import", file)).toBe(0);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await connection.api.realms.del({ realm });
  });

  it("users import writes the principal column", async () => {
    expect(await principalOf("principale@example.org")).toEqual(["0751234A"]);
    expect(await principalOf("collegue@example.org")).toEqual([]);
  });

  it("users principal makes an account principal of several of its établissements, once; --remove undoes one", async () => {
    expect(await cli("principal", "principale@example.org", "0931234b")).toBe(0);
    expect(await principalOf("principale@example.org")).toEqual(["0751234A", "0931234B"]);
    const before = writes();
    expect(await cli("principal", "principale@example.org", "0931234B")).toBe(0);
    expect(writes() - before).toBe(0);
    expect(printed()).toContain(saying("principal.already", { email: "principale@example.org", uai: "0931234B" }));

    expect(await cli("principal", "--remove", "principale@example.org", "0931234B")).toBe(0);
    expect(await principalOf("principale@example.org")).toEqual(["0751234A"]);
    expect(printed()).toContain(saying("principal.removed", { email: "principale@example.org", uai: "0931234B" }));
  });

  it("refuses a code that is not a UAI, or an établissement the account is not attached to, and writes nothing", async () => {
    const before = writes();
    expect(await cli("principal", "collegue@example.org", "0931234B")).not.toBe(0);
    expect(refused()).toContain(
      saying("principal.notAttached", { email: "collegue@example.org", uai: "0931234B", etablissements: "0751234A" }),
    );
    expect(await cli("principal", "collegue@example.org", "075123")).not.toBe(0);
    expect(refused()).toContain(saying("principal.notAUai", { uai: "075123" }));
    expect(await cli("principal", "personne@example.org", "0751234A")).not.toBe(0);
    expect(writes() - before).toBe(0);
    expect(await principalOf("collegue@example.org")).toEqual([]);
  });

  it("users export writes it, and importing the export changes nothing", async () => {
    const exported = path.join(path.dirname(await accountsFile("")), "export.csv");
    expect(await cli("export", "--out", exported)).toBe(0);
    expect(await readFile(exported, "utf8")).toMatch(
      /^\uFEFFemail;nom;prénom;établissement;applications;principal\n.*principale@example\.org;Durand;Camille;0751234A\|0931234B;dexco;0751234A$/ms,
    );
    const before = writes();
    expect(await cli("import", exported)).toBe(0);
    expect(writes() - before).toBe(0);
  });

  it("is no longer principal of an établissement taken away, even by an import without the column or by hand", async () => {
    // An import without the principal column that takes 0751234A away takes its principal value away too.
    expect(await cli("principal", "principale@example.org", "0931234B")).toBe(0);
    const withoutColumn = await accountsFile(`${HEADER}\nprincipale@example.org;Durand;Camille;0931234B;dexco\n`);
    expect(await cli("import", withoutColumn)).toBe(0);
    expect(await principalOf("principale@example.org")).toEqual(["0931234B"]);

    // An operator removes the établissement in the admin console, leaving the value: the account
    // is not principal of it, export says so, and the export imports back as it is.
    const [user] = await connection.api.users.find({ realm, email: "collegue@example.org", exact: true });
    await connection.api.users.update(
      { realm, id: user!.id! },
      { ...user, attributes: { ...user!.attributes, etablissement: ["0931234B"], principal: ["0751234A"] } },
    );
    const exported = path.join(path.dirname(await accountsFile("")), "export-stale.csv");
    expect(await cli("export", "--out", exported)).toBe(0);
    expect(await readFile(exported, "utf8")).toMatch(/^collegue@example\.org;Martin;Paul;0931234B;dexco;$/m);
    expect(await cli("import", exported)).toBe(0);
  });
});
