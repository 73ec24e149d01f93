import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Writes an accounts file as given (text in UTF-8, or raw bytes for other encodings). */
export async function accountsFile(content: string | Buffer, name = "comptes.csv"): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "accounts-")), name);
  await writeFile(file, content);
  return file;
}

export const HEADER = "email;nom;prénom;établissement;applications";

/**
 * `count` valid accounts, `label` making the addresses unique to a test, in the columns `users
 * export` writes (no compte principal), so that an export of them reads the same.
 */
export function generatedAccounts(count: number, label: string, applications = "dexco"): string {
  const lines = Array.from({ length: count }, (_, index) => {
    const number = String(index).padStart(5, "0");
    return `${label}.${number}@example.org;Nom${number};Prénom${number};${String(1_000_000 + (index % 9_000_000)).padStart(7, "0")}A;${applications};`;
  });
  return `${HEADER};principal\n${lines.join("\n")}\n`;
}

/** The account lines of a CSV the CLI wrote or read (BOM and header left out), sorted: to compare two files' accounts. */
export function accountRows(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .sort();
}
