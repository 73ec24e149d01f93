import { currentLanguage, messageIn, type MessageKey, type MessageValues } from "../../admin-scripts/src/messages";
import { CATALOGUE } from "../../admin-scripts/src/messages/catalogue";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The CLI's message `key` as a pattern, in the language the CLI speaks now: the placeholders given
 * a value must show it, the others match anything. Tests expect the catalogue's wording this way,
 * never a copy of it.
 */
export function said(key: MessageKey, values: MessageValues = {}): RegExp {
  const template = CATALOGUE[currentLanguage()][key];
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

/** The message `key` as the CLI says it now, every placeholder filled. */
export function saying(key: MessageKey, values?: MessageValues): string {
  return messageIn(currentLanguage(), key, values);
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
