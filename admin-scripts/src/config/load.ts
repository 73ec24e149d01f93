import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import { UndefinedVariableError, substituteVariables } from "../resource-kit/variables";

/** A problem in a realm-config file, located for the person who edits it. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

export interface RealmConfigFile {
  /** Path relative to the working directory, as errors show it. */
  file: string;
  content: unknown;
  /** The line of the value at `path`, or of its nearest parent written in the file. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Reads one YAML file, with `${VAR}` substituted in its string values. */
export async function loadYamlFile(
  file: string,
  environment: Record<string, string | undefined> = process.env,
): Promise<RealmConfigFile> {
  const shown = path.relative(process.cwd(), file) || file;
  const source = await readFile(file, "utf8");
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  const [syntaxError] = document.errors;
  if (syntaxError)
    throw new ConfigError(shown, lineOf(syntaxError.pos[0]), `invalid YAML: ${syntaxError.message.split("\n")[0]}`);

  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== "string") return;
      try {
        node.value = substituteVariables(node.value, environment);
      } catch (error) {
        if (error instanceof UndefinedVariableError)
          throw new ConfigError(shown, lineOf(node.range?.[0]), error.message);
        throw error;
      }
    },
  });
  let content: unknown;
  try {
    // yaml refuses a document whose aliases would expand past its limit (a "billion laughs").
    content = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ConfigError(
      shown,
      1,
      `invalid YAML: ${error.message.split("\n")[0]} (too many aliases: write the values out)`,
    );
  }
  return {
    file: shown,
    content,
    lineOf(path) {
      // The line of the key (or list item) at the end of `path`, or of the last part that exists.
      let node: unknown = document.contents;
      let line = 1;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
          if (!pair) break;
          line = lineOf((pair.key as { range?: [number] }).range?.[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
          node = node.items[segment];
          line = lineOf((node as { range?: [number] }).range?.[0]);
        } else break;
      }
      return line;
    },
  };
}
