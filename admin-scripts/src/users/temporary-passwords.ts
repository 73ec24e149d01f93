import { randomInt } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, lstat, open, readFile } from "node:fs/promises";
import { said, SaidError } from "../messages/said";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { passwordRules, unmetRules, type PasswordRule } from "@siec/contract";
import type { DesiredAccount } from "./accounts";
import { disarmFormula, rearmFormula } from "./spreadsheet-cells";

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGITS = "23456789";
const DEFAULT_SYMBOLS = "$@%*+-_!";

/** Tries before a policy is taken for one no generated password can meet (a strict regexPattern, say). */
const ATTEMPTS = 100;

/**
 * A random password that meets the realm's policy, checked with the same rules the sign-in pages
 * show: enough of each class, symbols from the allowed set, longer than the minimum. Look-alike
 * characters (O/0, l/1) are left out: people type it from a letter.
 */
export function generatePassword(policy: string): string {
  const rules = passwordRules(policy);
  const count = (id: "length" | "maxLength" | "upperCase" | "lowerCase" | "digits" | "specialChars") =>
    rules.find((rule): rule is Extract<PasswordRule, { count: number }> => rule.id === id)?.count;
  const allowed = rules.find(
    (rule): rule is Extract<PasswordRule, { id: "specialCharsFrom" }> => rule.id === "specialCharsFrom",
  );
  const symbols = allowed?.characters.join("") ?? DEFAULT_SYMBOLS;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const required = [
      ...pick(UPPER, count("upperCase") ?? 1),
      ...pick(LOWER, count("lowerCase") ?? 1),
      ...pick(DIGITS, count("digits") ?? 1),
      ...pick(symbols, count("specialChars") ?? 1),
    ];
    const length = Math.min(Math.max(16, count("length") ?? 0, required.length), count("maxLength") ?? Infinity);
    const characters = [...required, ...pick(UPPER + LOWER + DIGITS, length - required.length)];
    for (let index = characters.length - 1; index > 0; index--) {
      const other = randomInt(index + 1);
      [characters[index], characters[other]] = [characters[other]!, characters[index]!];
    }
    // Never a first character a spreadsheet reads as a formula (the file opens in one): a letter.
    const letter = characters.findIndex((character) => /[A-Za-z]/.test(character));
    if (letter > 0) [characters[0], characters[letter]] = [characters[letter]!, characters[0]!];
    const password = characters.join("");
    if (unmetRules(rules, password).length === 0) return password;
  }
  throw new SaidError(said("passwords.impossible", { policy }));
}

function pick(alphabet: string, count: number): string[] {
  return Array.from({ length: count }, () => alphabet[randomInt(alphabet.length)]!);
}

const HEADER = ["email", "prénom", "nom", "mot de passe temporaire"];

/** An existing passwords file that is not the operator's own, private, regular file: nothing is read from it. */
export class UntrustedPasswordsFile extends SaidError {}

/**
 * The file of temporary passwords, readable by its owner alone. Passwords are written before the
 * accounts are created, so an import stopped in between loses none: a re-run reuses them, but
 * only from a regular file (not a link) that the operator owns with mode 0600: a file planted by
 * someone else must not choose the password of a new account.
 */
export class TemporaryPasswordsFile {
  /** How many accounts were given a password the file already held. */
  reused = 0;

  private constructor(
    readonly path: string,
    private readonly known: Map<string, string>,
  ) {}

  static async open(path: string): Promise<TemporaryPasswordsFile> {
    const known = new Map<string, string>();
    if (existsSync(path) || (await isLink(path))) {
      await assertOwnPrivateFile(path);
      const rows = parse(await readFile(path, "utf8"), { delimiter: ";", from_line: 2 }) as string[][];
      for (const [email, , , password] of rows)
        if (email && password) known.set(rearmFormula(email), rearmFormula(password));
    } else {
      const handle = await open(path, "wx", 0o600);
      await handle.write(stringify([HEADER], { delimiter: ";" }));
      await handle.close();
      await chmod(path, 0o600);
    }
    return new TemporaryPasswordsFile(path, known);
  }

  /** The password of each account, new ones (meeting `policy`, the live policy string) appended and flushed to the file first. */
  async passwordsFor(accounts: DesiredAccount[], policy: string): Promise<Map<string, string>> {
    const fresh = accounts.filter((account) => !this.known.has(account.email));
    this.reused += accounts.length - fresh.length;
    const rows = fresh.map((account) => {
      const password = generatePassword(policy);
      this.known.set(account.email, password);
      return [account.email, account.firstName, account.lastName, password].map(disarmFormula);
    });
    if (rows.length > 0) {
      const handle = await open(this.path, "a");
      await handle.write(stringify(rows, { delimiter: ";" }));
      await handle.sync();
      await handle.close();
    }
    return new Map(accounts.map((account) => [account.email, this.known.get(account.email)!]));
  }
}

async function isLink(path: string): Promise<boolean> {
  return lstat(path).then(
    (stats) => stats.isSymbolicLink(),
    () => false,
  );
}

async function assertOwnPrivateFile(path: string): Promise<void> {
  const stats = await lstat(path);
  const problem = stats.isSymbolicLink()
    ? said("passwords.symbolicLink")
    : !stats.isFile()
      ? said("passwords.notAFile")
      : stats.uid !== process.getuid?.()
        ? said("passwords.otherOwner", { uid: stats.uid })
        : (stats.mode & 0o777) !== 0o600
          ? said("passwords.openMode", { mode: (stats.mode & 0o777).toString(8).padStart(4, "0") })
          : undefined;
  if (problem) throw new UntrustedPasswordsFile(said("passwords.untrusted", { file: path, problem }));
}
