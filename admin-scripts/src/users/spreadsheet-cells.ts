/**
 * A cell that a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with one of
 * these. Names such as `-1+1` or `+A1+A2` pass the profile's validators, and an e-mail address may
 * start with `=`: written as they are, Excel and LibreOffice would compute them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as written to a file: a formula's first character kept, behind a `'` that disarms it. */
export function disarmFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `disarmFormula`: an exported file re-imports unchanged. */
export function rearmFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
