import { stringify } from "csv-stringify/sync";
import { COLUMNS } from "./columns";
import type { LiveAccount } from "./accounts";
import { disarmFormula } from "./spreadsheet-cells";

/**
 * Accounts as a file `users import` reads back unchanged: UTF-8 with a BOM (for Excel), `;`, no
 * cell a spreadsheet would run as a formula.
 */
export function accountsCsv(accounts: LiveAccount[], managedGroups: readonly string[]): string {
  const rows = accounts.map((account) => [
    account.email,
    account.lastName,
    account.firstName,
    account.etablissements.join("|"),
    account.groups.filter((group) => managedGroups.includes(group)).join("|"),
    account.principal.join("|"),
  ]);
  const header = [
    COLUMNS.email.label,
    COLUMNS.lastName.label,
    COLUMNS.firstName.label,
    COLUMNS.etablissements.label,
    COLUMNS.groups.label,
    COLUMNS.principal.label,
  ];
  return `\uFEFF${stringify([header, ...rows.map((row) => row.map(disarmFormula))], { delimiter: ";" })}`;
}
