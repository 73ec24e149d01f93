import { describe, expect, it } from "vitest";
import type { LiveAccount } from "../../../admin-scripts/src/users/accounts";
import { toAccount } from "../../../admin-scripts/src/users/directory";
import { accountsCsv } from "../../../admin-scripts/src/users/export-csv";
import { planImport } from "../../../admin-scripts/src/users/import-plan";
import { readAccountsCsv } from "../../../admin-scripts/src/users/read-csv";
import { validateRows } from "../../../admin-scripts/src/users/validate-rows";
import { HEADER, accountsFile } from "../../../testing/accounts-files";
import { said } from "../../../admin-scripts/src/messages/said";

// validate-rows still words its problems itself (its checks are moving to the server).

async function rowsOf(content: string) {
  return validateRows(await readAccountsCsv(await accountsFile(content)), ["dexco"]);
}

const live: LiveAccount = {
  id: "1",
  email: "a@example.org",
  firstName: "Camille",
  lastName: "Durand",
  enabled: true,
  status: "active",
  etablissements: ["0751234A", "0931234B"],
  groups: ["dexco"],
  principal: ["0751234A"],
  attributes: {},
};

describe("the principal column of an accounts file", () => {
  it("reads the UAI codes an account is the compte principal of, under its French names too", async () => {
    for (const header of ["principal", "Compte principal", "compte principal de"]) {
      const { accounts, problems } = await rowsOf(
        `${HEADER};${header}\na@example.org;Durand;Camille;0751234A|0931234B;dexco;0931234b|0751234A\n`,
      );
      expect(problems).toEqual([]);
      expect(accounts[0]!.principal).toEqual(["0931234B", "0751234A"]);
    }
  });

  // Whether a code is a UAI is the realm's user profile's to say (tests/security/accounts-profile).
  it("refuses a code that is not among the account's établissements, naming line and column", async () => {
    const { problems } = await rowsOf(
      `${HEADER};principal\na@example.org;Durand;Camille;0751234A;dexco;075123A\nb@example.org;Martin;Paul;0751234A;dexco;0931234B\n`,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: "principal",
        value: "075123A",
        message: said("row.principalOutsideEtablissements"),
      }),
      expect.objectContaining({
        line: 3,
        column: "principal",
        value: "0931234B",
        message: said("row.principalOutsideEtablissements"),
      }),
    ]);
  });

  it("without the column, says nothing of the comptes principaux: the import leaves them as they are", async () => {
    const { accounts } = await rowsOf(`${HEADER}\na@example.org;Durand;Camille;0751234A|0931234B;dexco\n`);
    expect(accounts[0]!.principal).toBeUndefined();
    expect(planImport(accounts, new Map([[live.email, live]]), ["dexco"]).unchanged).toHaveLength(1);
  });

  it("with the column, an empty cell removes them and another code changes them", async () => {
    const { accounts } = await rowsOf(`${HEADER};principal\na@example.org;Durand;Camille;0751234A|0931234B;dexco;\n`);
    expect(accounts[0]!.principal).toEqual([]);
    expect(planImport(accounts, new Map([[live.email, live]]), ["dexco"]).update[0]!.fields).toEqual(["principal"]);
  });

  it("is exported, and the exported file reads back as the same account", async () => {
    const csv = accountsCsv([{ ...live, principal: ["0751234A", "0931234B"] }], ["dexco"]);
    expect(csv.replace(/^\uFEFF/, "").split("\n")[0]).toBe(`${HEADER};principal`);
    const { accounts, problems } = await rowsOf(csv);
    expect(problems).toEqual([]);
    expect(
      planImport(accounts, new Map([[live.email, { ...live, principal: ["0931234B", "0751234A"] }]]), ["dexco"]),
    ).toMatchObject({ unchanged: [{ email: live.email, principal: ["0751234A", "0931234B"] }], update: [] });
  });

  it("of an établissement the account no longer has is no principal, as the extension reads it", () => {
    const account = toAccount({
      id: "2",
      email: "b@example.org",
      enabled: true,
      status: "active",
      groups: [],
      attributes: { etablissement: ["0751234A"], principal: ["0751234A", "0931234B"] },
    });
    expect(account.principal).toEqual(["0751234A"]);
  });
});
