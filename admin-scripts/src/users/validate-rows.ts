import { z } from "zod";
import { UAI } from "@siec/contract";
import { t } from "../messages";
import type { DesiredAccount } from "./accounts";
import { COLUMNS, splitValues, type Column } from "./columns";
import type { CsvFile, RowProblem } from "./read-csv";

const email = z.email();

/** Keycloak's columns for names and addresses hold 255 characters; a longer one fails at write time. */
const MAXIMUM_LENGTH = 255;
/**
 * Characters that reorder the text around them (U+202A–202E, U+2066–2069, marks): a name could then
 * read as another. realm-config/user-profile.yaml refuses them in names too (a `pattern`), so the
 * portal holds none and an export reads back; checked here first for the clearer row.nameDirection.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Names may be left empty: whether a value is required is the live user profile's to say (in
 * realm-config/user-profile.yaml, names are required of the person, who gives them at first
 * sign-in, and not of operators), as for every attribute an import writes. Accounts a compte
 * principal adds ("Mon établissement") have none until then, and an export of them must read back
 * (SECURITY.md, issue 21 finding 10).
 */
const NAME_COLUMNS = ["lastName", "firstName"] as const;

/**
 * Every row checked before anything is written: the problems, and the valid accounts. `groups`
 * are the groups that exist (an unknown application is refused). The accounts these checks accept
 * are then checked by the live user profile on the server (profile-check.ts), as Keycloak's POST
 * /users would (its partial import does not).
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
    const problem = (column: Column, value: string, message: string) => {
      rowProblems.push({ line: row.line, column: csv.headers[column] ?? COLUMNS[column].label, value, message });
    };

    const address = cell("email").toLowerCase();
    if (address === "") problem("email", "", t("row.emailRequired"));
    else if ([...address].length > MAXIMUM_LENGTH)
      problem("email", cell("email"), t("row.tooLong", { max: MAXIMUM_LENGTH }));
    else if (!email.safeParse(address).success) problem("email", cell("email"), t("row.invalidEmail"));
    else if (firstLineOf.has(address))
      problem("email", cell("email"), t("row.sameAccount", { line: firstLineOf.get(address)! }));
    else firstLineOf.set(address, row.line);

    for (const column of NAME_COLUMNS) {
      if (cell(column) === "") continue;
      if (/[<>"&]|\p{Cc}/u.test(cell(column))) problem(column, cell(column), t("row.nameCharacters"));
      else if (BIDI_CONTROLS.test(cell(column))) problem(column, cell(column), t("row.nameDirection"));
      else if ([...cell(column)].length > MAXIMUM_LENGTH)
        problem(column, cell(column), t("row.tooLong", { max: MAXIMUM_LENGTH }));
    }

    const etablissements = splitValues(cell("etablissements")).map((code) => code.toUpperCase());
    for (const code of etablissements) {
      if (!UAI.test(code)) problem("etablissements", code, t("row.notUai"));
    }
    const wantedGroups = splitValues(cell("groups")).map((group) => group.toLowerCase());
    for (const group of wantedGroups) {
      if (!groups.includes(group))
        problem("groups", group, t("row.unknownApplication", { applications: groups.join(", ") }));
    }

    // Without the column, the file says nothing of the comptes principaux: an import leaves them.
    const principal =
      csv.headers.principal === undefined
        ? undefined
        : splitValues(cell("principal")).map((code) => code.toUpperCase());
    for (const code of principal ?? []) {
      if (!UAI.test(code)) problem("principal", code, t("row.notUai"));
      else if (!etablissements.includes(code)) problem("principal", code, t("row.principalOutsideEtablissements"));
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
