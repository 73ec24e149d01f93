import type { MessageKey } from "./catalogue";

export type { MessageKey } from "./catalogue";

/** What a message's `{name}` is filled with: a value, another message said inside it, or several, one a line. */
type MessageValue = string | number | Said | readonly Said[];
export type MessageValues = Record<string, MessageValue>;

/**
 * Something the CLI has to tell the operator, without its words: the catalogue's key (its code)
 * and the values of its placeholders. Engines return and throw these; only the commands put them
 * into the run's language (messages/index.ts `say`).
 */
export interface Said {
  code: MessageKey;
  values?: MessageValues;
}

export function said(code: MessageKey, values?: MessageValues): Said {
  return values === undefined ? { code } : { code, values };
}

/** Words that come already said (an error of Node, of the YAML parser, of zod in the run's language), as a `Said`. */
export function verbatim(text: string): Said {
  return said("verbatim", { text });
}

/** An error the operator is meant to read: what it says is its `said`; its `message` is the code, for a stack trace. */
export class SaidError extends Error {
  constructor(
    readonly said: Said,
    options?: ErrorOptions,
  ) {
    super(said.code, options);
  }
}

/** How a schema's refinement says something: zod keeps a string, so the code and values travel in it. */
const CODED = "said:";

/** A schema's error (zod's `error`, or a custom issue's `message`): the code `code` with `values`. */
export function coded(code: MessageKey, values?: MessageValues): string {
  return `${CODED}${JSON.stringify(said(code, values))}`;
}

/** What a schema's issue says: a refinement's code, or zod's own words (in the run's language, `z.config`). */
export function saidOfIssue(message: string): Said {
  return message.startsWith(CODED) ? (JSON.parse(message.slice(CODED.length)) as Said) : verbatim(message);
}

/** What `error` says: its code when it has one, else its own message, as it is. */
export function saidOf(error: unknown): Said {
  if (error instanceof SaidError) return error.said;
  return verbatim(error instanceof Error ? error.message : String(error));
}
