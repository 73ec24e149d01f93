import { InvalidRealmConfig, type Problem } from "../config/problems";
import { describeApiError, isKeycloakFailure } from "../keycloak/errors";
import { currentLanguage, messageIn, type Language } from "../messages";
import { SaidError, type Said } from "../messages/said";
import { InvalidAccountsFile, type RowProblem } from "../users/read-csv";
import { CliError } from "./errors";

/** How much of a value a message shows: a 50 MB cell is named, not echoed. */
const SHOWN_CHARACTERS = 80;

const sayIn = (language: Language, said: Said | string) =>
  typeof said === "string" ? said : messageIn(language, said.code, said.values);

/** A problem of realm-config/ as its editor reads it: `file:line: path: what`. */
export function wordsOfProblem({ file, line, path, message }: Problem, language = currentLanguage()): string {
  return `${file}:${line}: ${path ? `${path}: ` : ""}${sayIn(language, message)}`;
}

/** A problem of an accounts file, located: file, line, column, value, then why. */
export function wordsOfRowProblem(
  file: string,
  { line, column, value, message }: RowProblem,
  language = currentLanguage(),
): string {
  return messageIn(language, "csv.where", {
    file,
    line,
    column: column ? messageIn(language, "csv.whereColumn", { column }) : "",
    value: value === undefined ? "" : shownValue(value, language),
    message: sayIn(language, message),
  });
}

function shownValue(value: string, language: Language): string {
  const characters = [...value];
  if (characters.length <= SHOWN_CHARACTERS) return messageIn(language, "csv.whereValue", { value });
  const shown = characters.slice(0, SHOWN_CHARACTERS).join("");
  return messageIn(language, "csv.whereLongValue", { value: shown, length: characters.length });
}

/**
 * An error as the operator reads it, in `language`: what an engine said, the problems of a file,
 * Keycloak's answer; undefined for anything else (a bug, shown with its stack).
 */
export function describeFailure(error: unknown, language = currentLanguage()): string | undefined {
  if (error instanceof InvalidRealmConfig) {
    const problems = error.problems.map((problem) => wordsOfProblem(problem, language)).join("\n");
    return messageIn(language, "failure.realmConfig", { count: error.problems.length, problems });
  }
  if (error instanceof InvalidAccountsFile) {
    const problems = error.problems.map((problem) => wordsOfRowProblem(error.file, problem, language)).join("\n");
    return messageIn(language, "failure.accountsFile", { file: error.file, count: error.problems.length, problems });
  }
  if (error instanceof CliError) return error.message;
  if (error instanceof SaidError) return sayIn(language, error.said);
  if (isKeycloakFailure(error)) return sayIn(language, describeApiError(error));
  return undefined;
}
