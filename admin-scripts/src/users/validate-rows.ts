import { said, type Said } from "../messages/said";
import type { DesiredAccount } from "./accounts";
import { COLUMNS, splitValues, type Column } from "./columns";
import type { CsvFile, RowProblem } from "./read-csv";

/**
 * What is wrong with the file itself, every row checked before anything is written: a row without
 * its identifier (the e-mail address), the same account twice, an application that is no group of
 * the realm (`groups`), a compte principal of a school not among the row's. Whether a value is an
 * account's (an address, a name, a UAI code, its length and characters, whether it is required)
 * is the realm's user profile's to say, realm-config/user-profile.yaml: the accounts these checks
 * accept are checked by it on the server (profile-check.ts), as Keycloak's POST /users would (its
 * partial import does not), with its own words. Names may then be left empty (required of the
 * person at first sign-in, not of operators: SECURITY.md, issue 21 finding 10).
 */
export function validateRows(
  csv: CsvFile,
  groups: readonly string[],
): { accounts: DesiredAccount[]; problems: RowProblem[]; rejectedLines: Set<number> } {
  const problems: RowProblem[] = [];
  const rejectedLines = new Set<number>();
  const accounts: DesiredAccount[] = [];
  const firstLineOf = new Map<string, number>();

  for (const row of csv.rows) {
    const rowProblems: RowProblem[] = [];
    const cell = (column: Column) => (row.cells[column] ?? "").trim();
    const problem = (column: Column, value: string, message: Said) => {
      rowProblems.push({ line: row.line, column: csv.headers[column] ?? COLUMNS[column].label, value, message });
    };

    const address = cell("email").toLowerCase();
    if (address === "") problem("email", "", said("row.emailRequired"));
    else if (firstLineOf.has(address))
      problem("email", cell("email"), said("row.sameAccount", { line: firstLineOf.get(address)! }));
    else firstLineOf.set(address, row.line);

    const etablissements = splitValues(cell("etablissements")).map((code) => code.toUpperCase());
    const wantedGroups = splitValues(cell("groups")).map((group) => group.toLowerCase());
    for (const group of wantedGroups) {
      if (!groups.includes(group))
        problem("groups", group, said("row.unknownApplication", { applications: groups.join(", ") }));
    }

    // Without the column, the file says nothing of the comptes principaux: an import leaves them.
    const principal =
      csv.headers.principal === undefined
        ? undefined
        : splitValues(cell("principal")).map((code) => code.toUpperCase());
    for (const code of principal ?? []) {
      if (!etablissements.includes(code)) problem("principal", code, said("row.principalOutsideEtablissements"));
    }

    const account: DesiredAccount = {
      line: row.line,
      email: address,
      firstName: cell("firstName"),
      lastName: cell("lastName"),
      etablissements: [...new Set(etablissements)],
      groups: [...new Set(wantedGroups)],
      ...(principal && { principal: [...new Set(principal)] }),
    };
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejectedLines.add(row.line);
      continue;
    }
    accounts.push(account);
  }
  return { accounts, problems, rejectedLines };
}
