import {
  chooseLanguage,
  messageIn,
  type MessageKey,
  type MessageValues,
  type Said,
} from "../../admin-scripts/src/messages";
import { saidOfIssue } from "../../admin-scripts/src/messages/said";
import { CATALOGUE } from "../../admin-scripts/src/messages/catalogue";

/** The language a CLI started with this environment speaks (no `--lang`): the tests' expected wording. */
export const TEST_LANGUAGE = chooseLanguage([], process.env);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The CLI's message `key` as a pattern, in the tests' language: the placeholders given
 * a value must show it, the others match anything. Tests expect the catalogue's wording this way,
 * never a copy of it.
 */
export function said(key: MessageKey, values: MessageValues = {}): RegExp {
  const template = CATALOGUE[TEST_LANGUAGE][key];
  const parts = template.split(/(\{\w+\})/);
  return new RegExp(
    parts
      .map((part) => {
        const name = part.match(/^\{(\w+)\}$/)?.[1];
        if (name === undefined) return escape(part);
        return name in values ? escape(String(values[name])) : ".*";
      })
      .join(""),
    "s",
  );
}

/** The message `key` as the CLI says it in the tests' language, every placeholder filled. */
export function saying(key: MessageKey, values?: MessageValues): string {
  return messageIn(TEST_LANGUAGE, key, values);
}

/** The line `users import` ends with, every count given (those not given are 0). */
export function importSummary(
  counts: Partial<Record<"created" | "updated" | "unchanged" | "invited" | "rejected" | "failed", number>> & {
    notInvited?: number;
  },
): string {
  const { notInvited, ...rest } = counts;
  return saying("import.summary", {
    created: 0,
    updated: 0,
    unchanged: 0,
    invited: 0,
    rejected: 0,
    failed: 0,
    ...rest,
    notInvited: notInvited ? saying("import.summaryNotInvited", { count: notInvited }) : "",
  });
}

/** The plan `users import` prints first: so many to create, to update, unchanged. */
export function importPlan(create: number, update: number, unchanged: number): RegExp {
  return said("import.plan", { create, update, unchanged, rejected: "" });
}

/** A problem of an accounts file as the CLI locates it: file, line, column, value, then why. */
export function rowProblem(
  file: string,
  where: { line: number; column?: string; value?: string },
  message: string,
): string {
  return saying("csv.where", {
    file,
    line: where.line,
    column: where.column === undefined ? "" : saying("csv.whereColumn", { column: where.column }),
    value: where.value === undefined ? "" : saying("csv.whereValue", { value: where.value }),
    message,
  });
}

/** What an engine said (a code and its values), in the tests' language. */
export function words(said: Said | string): string;
export function words(said: Said | string | undefined): string | undefined;
export function words(said: Said | string | undefined): string | undefined {
  if (said === undefined || typeof said === "string") return said;
  return messageIn(TEST_LANGUAGE, said.code, said.values);
}

/** What a schema's issue says (a refinement's code, or zod's own words), in the tests' language. */
export function issueWords(message: string): string {
  return words(saidOfIssue(message));
}
