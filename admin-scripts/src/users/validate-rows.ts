import { z } from "zod";
import { UAI } from "@siec/contract";
import type { DesiredAccount } from "./accounts";
import { COLUMNS, splitValues, type Column } from "./columns";
import type { CsvFile, RowProblem } from "./read-csv";

const email = z.email();

/** Keycloak's columns for names and addresses hold 255 characters; a longer one fails at write time. */
const MAXIMUM_LENGTH = 255;
/** Characters that reorder the text around them (U+202A–202E, U+2066–2069, marks): a name could then read as another. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Every row checked before anything is written: the problems, and the valid accounts. `groups`
 * are the groups that exist (an unknown application is refused).
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
    const problem = (column: Column, value: string, message: string) =>
      rowProblems.push({ line: row.line, column: csv.headers[column] ?? COLUMNS[column].label, value, message });

    const address = cell("email").toLowerCase();
    if (address === "") problem("email", "", "the e-mail address is required: it identifies the account");
    else if ([...address].length > MAXIMUM_LENGTH)
      problem("email", cell("email"), `longer than Keycloak's ${MAXIMUM_LENGTH} characters`);
    else if (!email.safeParse(address).success) problem("email", cell("email"), "not a valid e-mail address");
    else if (firstLineOf.has(address))
      problem("email", cell("email"), `the same account is already on line ${firstLineOf.get(address)}`);
    else firstLineOf.set(address, row.line);

    for (const column of ["lastName", "firstName"] as const) {
      if (cell(column) === "") problem(column, "", `the ${COLUMNS[column].label} is required`);
      else if (/[<>"&]|\p{Cc}/u.test(cell(column)))
        problem(column, cell(column), 'names may not hold < > " & or control characters');
      else if (BIDI_CONTROLS.test(cell(column)))
        problem(column, cell(column), "names may not hold characters that reverse the text's direction");
      else if ([...cell(column)].length > MAXIMUM_LENGTH)
        problem(column, cell(column), `longer than Keycloak's ${MAXIMUM_LENGTH} characters`);
    }

    const etablissements = splitValues(cell("etablissements")).map((code) => code.toUpperCase());
    for (const code of etablissements) {
      if (!UAI.test(code)) problem("etablissements", code, "a UAI code is 7 digits and a letter, e.g. 0751234A");
    }
    const wantedGroups = splitValues(cell("groups")).map((group) => group.toLowerCase());
    for (const group of wantedGroups) {
      if (!groups.includes(group))
        problem("groups", group, `unknown application; the applications are ${groups.join(", ")}`);
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejectedLines.add(row.line);
      continue;
    }
    accounts.push({
      line: row.line,
      email: address,
      firstName: cell("firstName"),
      lastName: cell("lastName"),
      etablissements: [...new Set(etablissements)],
      groups: [...new Set(wantedGroups)],
    });
  }
  return { accounts, problems, rejectedLines };
}
