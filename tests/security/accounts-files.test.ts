/**
 * Attack tests (issue 13), without a server: what the accounts commands write and read. A name
 * that a spreadsheet would compute, a planted passwords file, a cell too large to echo, a name
 * longer than Keycloak holds or that reverses the text around it. A value the realm's user profile
 * refuses is the server's to refuse: accounts-profile.integration.test.ts.
 */
import { chmod, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LiveAccount } from "../../admin-scripts/src/users/accounts";
import { accountsCsv } from "../../admin-scripts/src/users/export-csv";
import { InvalidAccountsFile, readAccountsCsv } from "../../admin-scripts/src/users/read-csv";
import { disarmFormula, rearmFormula } from "../../admin-scripts/src/users/spreadsheet-cells";
import {
  generatePassword,
  TemporaryPasswordsFile,
  UntrustedPasswordsFile,
} from "../../admin-scripts/src/users/temporary-passwords";
import { validateRows } from "../../admin-scripts/src/users/validate-rows";
import { HEADER, accountsFile } from "../../testing/accounts-files";
import { describeFailure } from "../../admin-scripts/src/commands/failures";
import { useLanguage } from "../../admin-scripts/src/messages";
import { said, saying, TEST_LANGUAGE, words } from "../support/cli-messages";

const FORMULAS = ["-1+1", "+A1+A2", '=HYPERLINK("http://x.test")', "@SUM(A1)", "\tTab", "\rRetour"];

const live = (email: string, lastName: string, firstName = "Camille"): LiveAccount => ({
  id: email,
  email,
  lastName,
  firstName,
  enabled: true,
  status: "active",
  etablissements: ["0751234A"],
  groups: ["dexco"],
  principal: [],
  attributes: {},
});

describe("users export", () => {
  it("writes no cell a spreadsheet would run as a formula, and reads each back as it was", async () => {
    const accounts = [
      ...FORMULAS.map((name, index) => live(`p${index}@example.org`, name)),
      live("=x@example.org", "Durand"),
    ];
    const csv = accountsCsv(accounts, ["dexco"]);
    const cells = csv.replace(/^\uFEFF/, "").split(/[;\n]/);
    expect(cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell))).toEqual([]);

    const file = await accountsFile(csv, "export.csv");
    const read = await readAccountsCsv(file);
    expect(read.rows.map((row) => row.cells.lastName)).toEqual([...FORMULAS, "Durand"]);
    expect(read.rows.at(-1)!.cells.email).toBe("=x@example.org");
  });

  it("leaves every other cell as it is, a leading apostrophe included", () => {
    for (const cell of ["Durand", "O'Neil", "'Ahmed", "1er", ""]) {
      expect(disarmFormula(cell)).toBe(cell);
      expect(rearmFormula(cell)).toBe(cell);
    }
  });
});

describe("the temporary passwords file", () => {
  const account = {
    line: 2,
    email: "a@example.org",
    firstName: "-1+1",
    lastName: "=Durand",
    etablissements: [],
    groups: [],
  };
  const policy = "length(12) and upperCase(1) and lowerCase(1) and digits(1)";
  const directory = () => mkdtemp(path.join(tmpdir(), "passwords-"));

  it("refuses a planted file anyone could read, and takes no password from it", async () => {
    const planted = path.join(await directory(), "mots-de-passe.csv");
    await writeFile(planted, `email;prénom;nom;mot de passe temporaire\na@example.org;x;y;Choisi-par-un-autre-1\n`);
    await chmod(planted, 0o644);
    await expect(TemporaryPasswordsFile.open(planted)).rejects.toThrow(UntrustedPasswordsFile);
    expect(
      words(
        ((await TemporaryPasswordsFile.open(planted).catch((error: unknown) => error)) as UntrustedPasswordsFile).said,
      ),
    ).toMatch(said("passwords.untrusted", { file: planted, problem: saying("passwords.openMode", { mode: "0644" }) }));
  });

  it("refuses a link, even to a private file", async () => {
    const dir = await directory();
    const target = path.join(dir, "target.csv");
    await writeFile(target, "email;prénom;nom;mot de passe temporaire\n", { mode: 0o600 });
    const link = path.join(dir, "link.csv");
    await symlink(target, link);
    expect(
      words(
        ((await TemporaryPasswordsFile.open(link).catch((error: unknown) => error)) as UntrustedPasswordsFile).said,
      ),
    ).toMatch(said("passwords.untrusted", { file: link, problem: saying("passwords.symbolicLink") }));
  });

  it("reuses the passwords of its own private file, says how many, and disarms the names it writes", async () => {
    const file = path.join(await directory(), "mots-de-passe.csv");
    const first = await (await TemporaryPasswordsFile.open(file)).passwordsFor([account], policy);
    expect(await readFile(file, "utf8")).toContain("'-1+1;'=Durand");
    const reopened = await TemporaryPasswordsFile.open(file);
    const again = await reopened.passwordsFor([account], policy);
    expect(again.get(account.email)).toBe(first.get(account.email));
    expect(reopened.reused).toBe(1);
  });
});

describe("users import", () => {
  // validate-rows still words its problems itself (its checks are moving to the server).
  beforeAll(() => useLanguage(TEST_LANGUAGE));
  const rows = async (line: string) => {
    const csv = await readAccountsCsv(await accountsFile(`${HEADER}\n${line}\n`));
    return { csv, ...validateRows(csv, ["dexco"]) };
  };

  it("names a 5 MB cell without echoing it", async () => {
    const huge = "A".repeat(5_000_000);
    // An application that is no group of the realm: a problem of the file, found before the server's checks.
    const { problems } = await rows(`camille@example.org;Durand;Camille;0751234A;${huge}`);
    const message = describeFailure(new InvalidAccountsFile("comptes.csv", problems), TEST_LANGUAGE)!;
    expect(message.length).toBeLessThan(400);
    expect(message).toMatch(said("csv.whereLongValue", { length: 5_000_000 }));
  });
});

describe("a temporary password", () => {
  it("starts with a letter, so the passwords file shows it as it is in a spreadsheet", () => {
    for (let index = 0; index < 300; index++)
      expect(generatePassword("length(12) and specialChars(4)")).toMatch(/^[A-Za-z]/);
  });
});
