import { beforeAll, describe, expect, it } from "vitest";
import { InvalidAccountsFile, readAccountsCsv, type RowProblem } from "../../../admin-scripts/src/users/read-csv";
import { validateRows } from "../../../admin-scripts/src/users/validate-rows";
import { HEADER, accountsFile } from "../../../testing/accounts-files";
import { useLanguage } from "../../../admin-scripts/src/messages";
import { said, TEST_LANGUAGE, words } from "../../support/cli-messages";

// validate-rows still words its problems itself (its checks are moving to the server).
beforeAll(() => useLanguage(TEST_LANGUAGE));

const GROUPS = ["dexco", "dpecotheque", "eabsence", "basics", "basa", "gestionnaires"];

async function problemsOf(content: string | Buffer): Promise<RowProblem[]> {
  try {
    const csv = await readAccountsCsv(await accountsFile(content));
    return validateRows(csv, GROUPS).problems;
  } catch (error) {
    if (error instanceof InvalidAccountsFile) return error.problems;
    throw error;
  }
}

async function accountsOf(content: string | Buffer) {
  const csv = await readAccountsCsv(await accountsFile(content));
  const { accounts, problems } = validateRows(csv, GROUPS);
  expect(problems).toEqual([]);
  return { csv, accounts };
}

describe("reading accounts files as operators make them", () => {
  it("reads UTF-8 with ; and French headers, several UAI codes and applications per cell", async () => {
    const { accounts, csv } = await accountsOf(
      `${HEADER}\nJeanne.Dupont@Example.org;Dupont;Jeanne;0751234a|0931234B;dexco, basa\n`,
    );
    expect(csv).toMatchObject({ encoding: "utf-8", separator: ";" });
    expect(accounts).toEqual([
      {
        line: 2,
        email: "jeanne.dupont@example.org",
        lastName: "Dupont",
        firstName: "Jeanne",
        etablissements: ["0751234A", "0931234B"],
        groups: ["dexco", "basa"],
      },
    ]);
  });

  it("reads a UTF-8 file with a BOM (Excel's CSV UTF-8)", async () => {
    const { accounts } = await accountsOf(`\uFEFF${HEADER}\nzoe@example.org;Lefèvre;Zoé;;\n`);
    expect(accounts[0]).toMatchObject({ email: "zoe@example.org", lastName: "Lefèvre", firstName: "Zoé" });
  });

  it("reads Windows-1252 (Excel's CSV), accents included", async () => {
    const bytes = Buffer.from(`${HEADER}\nzoe@example.org;Lefèvre;Zoé;;\n`, "latin1");
    const { accounts, csv } = await accountsOf(bytes);
    expect(csv.encoding).toBe("windows-1252");
    expect(accounts[0]).toMatchObject({ lastName: "Lefèvre", firstName: "Zoé" });
  });

  it("reads , as separator and the English or other documented header names", async () => {
    const { accounts, csv } = await accountsOf(
      "E-mail,Last name,First name,UAI,Apps\npaul@example.org,Martin,Paul,0751234A,dpecotheque\n",
    );
    expect(csv.separator).toBe(",");
    expect(accounts[0]).toMatchObject({
      email: "paul@example.org",
      etablissements: ["0751234A"],
      groups: ["dpecotheque"],
    });
  });

  it("keeps separators, quotes and line breaks inside quoted cells", async () => {
    // A , separates the columns here: Keycloak's names may hold a comma, not a semicolon.
    const { accounts } = await accountsOf(
      `${HEADER.replaceAll(";", ",")}\n"a@example.org","Martin, dit Paulo","Jean-Paul",,"dexco\nbasa"\n\nb@example.org,B,B,,\n`,
    );
    expect(accounts[0]).toMatchObject({
      line: 2,
      lastName: "Martin, dit Paulo",
      firstName: "Jean-Paul",
      groups: ["dexco", "basa"],
    });
    expect(accounts[1]!.line).toBe(5);
  });
});

describe("a bad accounts file is refused with line, column, value and rule", () => {
  const cases: [string, string | Buffer, Omit<Partial<RowProblem>, "message"> & { message: RegExp }][] = [
    ["an empty file", "", { line: 1, message: said("csv.empty") }],
    ["a header and no account", `${HEADER}\n`, { line: 2, message: said("csv.noAccount") }],
    [
      "a separator that is neither ; nor ,",
      "email\tnom\tprénom\na@example.org\tA\tB\n",
      { line: 1, message: said("csv.noSeparator") },
    ],
    [
      "a missing column",
      "email;nom\na@example.org;A\n",
      { line: 1, message: said("csv.missingColumn", { column: "prénom" }) },
    ],
    [
      "an unknown column",
      `${HEADER};téléphone\na@example.org;A;B;;;0102030405\n`,
      { line: 1, value: "téléphone", message: said("csv.unknownColumn") },
    ],
    [
      "a duplicate row",
      `${HEADER}\na@example.org;A;B;;\nb@example.org;B;B;;\nA@example.org;A;B;;\n`,
      { line: 4, column: "email", message: said("row.sameAccount", { line: 2 }) },
    ],
    [
      "an unknown application",
      `${HEADER}\na@example.org;A;B;;dexcoo\n`,
      { line: 2, column: "applications", value: "dexcoo", message: said("row.unknownApplication") },
    ],
    [
      "a UTF-16 file",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, "utf16le")]),
      { line: 1, message: said("csv.utf16") },
    ],
    ["an unclosed quote", `${HEADER}\n"a@example.org;A;B;;\n`, { message: said("csv.unreadable") }],
    [
      "a column given twice",
      "email;mail;nom;prénom\na@example.org;a@example.org;A;B\n",
      { line: 1, value: "mail", message: said("csv.columnTwice", { column: "email", other: "email" }) },
    ],
  ];

  for (const [name, content, expected] of cases) {
    it(name, async () => {
      const problems = await problemsOf(content);
      const { message, ...location } = expected;
      const problem = problems.find((candidate) => message.test(words(candidate.message)));
      expect(problem, JSON.stringify(problems)).toBeDefined();
      expect(problem).toMatchObject(location);
    });
  }
});

describe("names, which the user profile requires of the person and not of operators", () => {
  it("may be left empty: the account is created without them, and its owner gives them at first sign-in", async () => {
    const { accounts } = await accountsOf(`${HEADER}\na@example.org;;;0751234A;\nb@example.org;Martin;;;\n`);
    expect(accounts.map(({ lastName, firstName }) => [lastName, firstName])).toEqual([
      ["", ""],
      ["Martin", ""],
    ]);
  });
});
