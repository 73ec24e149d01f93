import { readFile } from "node:fs/promises";
import path from "node:path";
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node, type Scalar } from "yaml";
import { UndefinedVariableError, substituteVariables, variablesIn } from "../resource-kit/variables";
import { isSecretVariable, refusalOf } from "./variables";
import { said, type Said } from "../messages/said";

/** A problem in a realm-config file, located for the person who edits it. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: Said,
    /** The field's path in the file (`authentication.password`), when the problem is in one. */
    readonly field = "",
  ) {
    super(`${file}:${line}: ${field ? `${field}: ` : ""}${problem.code}`);
  }
}

/** Which variables a file may read, and in which fields. */
export interface VariableRules {
  /** The file's path in realm-config/: `clients/basa.yaml`. */
  fileInConfig: string;
  /** The fields its kind declares secret, the only ones that may read a secret variable. */
  secretFields: readonly string[];
}

export interface RealmConfigFile {
  /** Path relative to the working directory, as errors show it. */
  file: string;
  content: unknown;
  /** The line of the value at `path`, or of its nearest parent written in the file. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Reads one YAML file, with `${VAR}` substituted in its string values; a value that may not read
 * its variable (`rules`) is refused before any is substituted.
 */
export async function loadYamlFile(
  file: string,
  environment: Record<string, string | undefined> = process.env,
  rules: VariableRules = { fileInConfig: path.basename(file), secretFields: [] },
): Promise<RealmConfigFile> {
  const shown = path.relative(process.cwd(), file) || file;
  const source = await readFile(file, "utf8");
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  const [syntaxError] = document.errors;
  if (syntaxError)
    throw new ConfigError(
      shown,
      lineOf(syntaxError.pos[0]),
      said("config.invalidYaml", { detail: syntaxError.message.split("\n")[0]! }),
    );

  /** The values that read a secret variable: an alias may not repeat them in another field. */
  const readingSecrets = new Set<Scalar>();
  visit(document, {
    Scalar(key, node, ancestors) {
      if (typeof node.value !== "string") return;
      const field = fieldPath(ancestors, node);
      const line = lineOf(node.range?.[0]);
      const secretField = key !== "key" && rules.secretFields.includes(field);
      for (const variable of variablesIn(node.value)) {
        const refusal = refusalOf(variable, rules.fileInConfig, secretField);
        if (refusal) throw new ConfigError(shown, line, refusal, field);
        if (isSecretVariable(variable)) readingSecrets.add(node);
      }
      try {
        node.value = substituteVariables(node.value, environment);
      } catch (error) {
        if (error instanceof UndefinedVariableError) throw new ConfigError(shown, line, error.said, field);
        throw error;
      }
    },
    Alias(_key, node, ancestors) {
      const target = node.resolve(document);
      if (target && holdsAny(target, readingSecrets))
        throw new ConfigError(
          shown,
          lineOf(node.range?.[0]),
          said("config.secretAlias", { alias: node.source }),
          fieldPath(ancestors, node),
        );
    },
  });
  let content: unknown;
  try {
    // yaml refuses a document whose aliases would expand past its limit (a "billion laughs").
    content = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ConfigError(shown, 1, said("config.tooManyAliases", { detail: error.message.split("\n")[0]! }));
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

/** The dotted path of `node` in the file, keys and list indices: `redirectUris.1`. */
function fieldPath(ancestors: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  ancestors.forEach((ancestor, index) => {
    const child = ancestors[index + 1] ?? node;
    if (isPair(ancestor) && ancestor.value === child)
      parts.push(String(isScalar(ancestor.key) ? ancestor.key.value : ancestor.key));
    else if (isSeq(ancestor)) parts.push(String(ancestor.items.indexOf(child)));
  });
  return parts.join(".");
}

function holdsAny(node: Node, scalars: ReadonlySet<Scalar>): boolean {
  let found = false;
  visit(node, {
    Scalar(_key, scalar) {
      found ||= scalars.has(scalar);
    },
  });
  return found;
}
