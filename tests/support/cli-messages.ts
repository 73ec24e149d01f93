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
