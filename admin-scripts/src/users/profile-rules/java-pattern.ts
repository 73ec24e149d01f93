import { t } from "../../messages";

/** A pattern JavaScript cannot read with the meaning java.util.regex gives it. */
export class UnreadableJavaPattern extends Error {}

/**
 * The classes java.util.regex (without flags) and JavaScript read differently, or that JavaScript
 * lacks, as the inside of a JavaScript class. Java's POSIX classes are ASCII only.
 */
const JAVA_CLASSES: Record<string, string> = {
  "\\s": " \\t\\n\\x0B\\f\\r",
  "\\v": "\\n\\x0B\\f\\r\\x85\\u2028\\u2029",
  "\\h": " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000",
  "\\p{Lower}": "a-z",
  "\\p{Upper}": "A-Z",
  "\\p{ASCII}": "\\x00-\\x7F",
  "\\p{Alpha}": "a-zA-Z",
  "\\p{Digit}": "0-9",
  "\\p{Alnum}": "a-zA-Z0-9",
  "\\p{Punct}": "!-\\/:-@\\[-`{-~",
  "\\p{Graph}": "!-~",
  "\\p{Print}": " -~",
  "\\p{Blank}": " \\t",
  "\\p{Cntrl}": "\\x00-\\x1F\\x7F",
  "\\p{XDigit}": "0-9a-fA-F",
  "\\p{Space}": " \\t\\n\\x0B\\f\\r",
};
/** Java's `.`: anything but a line terminator, of which Java has one more than JavaScript (U+0085). */
const JAVA_DOT = "[^\\n\\r\\x85\\u2028\\u2029]";
const SYNTAX_CHARACTERS = new Set("^$\\.*+?()[]{}|/");

/**
 * A Java pattern as a JavaScript one that matches the same whole values (Keycloak matches with
 * `Matcher.matches()`). What JavaScript would read with another meaning is rewritten, or refused
 * when it cannot be: a value must never pass here that Keycloak refuses.
 */
export function javaPattern(source: string): RegExp {
  let translated = "";
  let inClass = false;
  for (let index = 0; index < source.length;) {
    const rest = source.slice(index);
    if (rest.startsWith("\\")) {
      const escape = /^\\(?:[pP]\{\w+\}|.)/su.exec(rest)?.[0];
      if (!escape) throw new UnreadableJavaPattern(t("javaPattern.loneBackslash", { pattern: source }));
      translated += translateEscape(source, escape, inClass);
      index += escape.length;
      continue;
    }
    const character = rest[0]!;
    if (inClass && character === "[")
      throw new UnreadableJavaPattern(t("javaPattern.classInClass", { pattern: source }));
    if (inClass && rest.startsWith("&&"))
      throw new UnreadableJavaPattern(t("javaPattern.intersection", { pattern: source }));
    if (character === "[") inClass = true;
    else if (character === "]") inClass = false;
    translated += !inClass && character === "." ? JAVA_DOT : character;
    index += 1;
  }
  try {
    return new RegExp(`^(?:${translated})$`, "u");
  } catch (error) {
    throw new UnreadableJavaPattern(t("javaPattern.invalid", { pattern: source, reason: (error as Error).message }));
  }
}

function translateEscape(source: string, escape: string, inClass: boolean): string {
  const positive = escape
    .replace(/^\\P/, "\\p")
    .replace(/^\\([SVH])$/, (_, letter: string) => `\\${letter.toLowerCase()}`);
  const members = JAVA_CLASSES[positive];
  if (members !== undefined) {
    if (positive === escape) return inClass ? members : `[${members}]`;
    if (inClass) throw new UnreadableJavaPattern(t("javaPattern.negatedInClass", { pattern: source, escape }));
    return `[^${members}]`;
  }
  const script = /^\\([pP])\{Is(\w+)\}$/.exec(escape);
  if (script) return `\\${script[1]}{Script=${script[2]}}`;
  const character = escape.slice(1);
  if (/^[\p{L}\p{N}]/u.test(character)) return escape;
  if (SYNTAX_CHARACTERS.has(character)) return escape;
  // Java lets any other character be escaped; JavaScript (unicode mode) only these, and `-` in a class.
  return character === "-" && inClass ? escape : character;
}
