import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { said, type Said } from "../messages/said";
import { COLUMNS, columnOf, type Column } from "./columns";
import { rearmFormula } from "./spreadsheet-cells";

/** A problem of the file, located for the operator. */
export interface RowProblem {
  line: number;
  column?: string;
  value?: string;
  /** What is wrong; the server's own words, for a rule of the user profile, are among its values. */
  message: Said;
}

/** The accounts file refused, with each problem located; the commands word them. */
export class InvalidAccountsFile extends Error {
  constructor(
    readonly file: string,
    readonly problems: RowProblem[],
  ) {
    super(`${file}: ${problems.map((problem) => problem.line).join(", ")}`);
  }
}

export interface CsvRow {
  line: number;
  cells: Partial<Record<Column, string>>;
}

export interface CsvFile {
  encoding: "utf-8" | "windows-1252";
  separator: ";" | ",";
  /** The header cell of each column, as written. */
  headers: Partial<Record<Column, string>>;
  rows: CsvRow[];
}

/**
 * Reads an accounts file as operators make them: UTF-8 with or without BOM, or Windows-1252
 * (Excel's "CSV"), separated by `;` or `,`, with quoted cells that may hold separators and line
 * breaks.
 */
export async function readAccountsCsv(file: string): Promise<CsvFile> {
  const bytes = await readFile(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    throw new InvalidAccountsFile(file, [{ line: 1, message: said("csv.utf16") }]);
  }
  const { text, encoding } = decode(bytes);
  const headerLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (text.trim() === "") throw new InvalidAccountsFile(file, [{ line: 1, message: said("csv.empty") }]);
  const separator = detectSeparator(headerLine);
  if (!separator) {
    throw new InvalidAccountsFile(file, [{ line: 1, value: headerLine, message: said("csv.noSeparator") }]);
  }

  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separator,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new InvalidAccountsFile(file, [{ line: lines ?? 1, message: said("csv.unreadable", { reason: message }) }]);
  }
  const [header, ...body] = records;
  const problems: RowProblem[] = [];
  const headers: Partial<Record<Column, string>> = {};
  const positions: (Column | undefined)[] = header!.record.map((cell) => {
    if (cell === "") return undefined;
    const column = columnOf(cell);
    if (!column) {
      problems.push({
        line: 1,
        value: cell,
        message: said("csv.unknownColumn", {
          columns: Object.values(COLUMNS)
            .map((c) => c.label)
            .join(", "),
        }),
      });
    } else if (headers[column]) {
      problems.push({
        line: 1,
        value: cell,
        message: said("csv.columnTwice", { column: COLUMNS[column].label, other: headers[column] }),
      });
    } else headers[column] = cell;
    return column;
  });
  for (const [column, { required, label }] of Object.entries(COLUMNS)) {
    if (required && !headers[column as Column])
      problems.push({ line: 1, message: said("csv.missingColumn", { column: label }) });
  }
  if (problems.length > 0) throw new InvalidAccountsFile(file, problems);
  if (body.length === 0) throw new InvalidAccountsFile(file, [{ line: 2, message: said("csv.noAccount") }]);

  // csv-parse counts lines up to the end of a record; operators look for the line it starts on.
  let previous = header!.info;
  const rows = body.map(({ record, info }) => {
    const cells: Partial<Record<Column, string>> = {};
    record.forEach((cell, index) => {
      const column = positions[index];
      // A cell an export disarmed (`'-1+1`) is read back as it was written in Keycloak.
      if (column) cells[column] = rearmFormula(cell);
    });
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    return { line, cells };
  });
  return { encoding, separator, headers, rows };
}

function decode(bytes: Buffer): { text: string; encoding: CsvFile["encoding"] } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(withoutBom), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** The separator that splits the header into the most columns, outside quotes. */
function detectSeparator(headerLine: string): CsvFile["separator"] | undefined {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const semicolons = unquoted.split(";").length - 1;
  const commas = unquoted.split(",").length - 1;
  if (semicolons === 0 && commas === 0) return undefined;
  return semicolons >= commas ? ";" : ",";
}
