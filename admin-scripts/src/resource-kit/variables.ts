import { said, SaidError } from "../messages/said";

/**
 * `${VAR}` and `${VAR:-default}` in realm-config values, as in a shell: the default applies when
 * the variable is unset or empty. `$${` writes a literal `${`.
 */
const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export class UndefinedVariableError extends SaidError {
  constructor(readonly variable: string) {
    super(said("variables.unset", { variable }));
  }
}

/**
 * A `${NAME}` that export writes into a file, where the live value cannot be read (a password);
 * `${NAME:-fallback}` with a fallback, for a value the file may go without.
 */
export class VariableReference {
  constructor(
    readonly name: string,
    readonly fallback?: string,
  ) {}
}

export function variableReference(name: string, fallback?: string): VariableReference {
  return new VariableReference(name, fallback);
}

/** Values written to a file that substitution reads back as they are: `${` becomes `$${`. */
export function escapeVariables(value: unknown): unknown {
  if (value instanceof VariableReference) {
    return value.fallback === undefined ? `\${${value.name}}` : `\${${value.name}:-${value.fallback}}`;
  }
  if (typeof value === "string") return value.replaceAll("${", () => "$${");
  if (Array.isArray(value)) return value.map(escapeVariables);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeVariables(item)]));
  }
  return value;
}

/** The names of the variables `value` reads, in order: `$${NAME}` reads none. */
export function variablesIn(value: string): string[] {
  return [...value.matchAll(REFERENCE)].flatMap(([, name]) => (name === undefined ? [] : [name]));
}

export function substituteVariables(value: string, environment: Record<string, string | undefined>): string {
  return value.replace(REFERENCE, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === "$${") return "${";
    const defined = environment[name!];
    if (defined !== undefined && defined !== "") return defined;
    if (fallback !== undefined) return fallback;
    throw new UndefinedVariableError(name!);
  });
}
