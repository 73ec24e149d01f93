/**
 * `${VAR}` and `${VAR:-default}` in realm-config values, as in a shell: the default applies when
 * the variable is unset or empty. `$${` writes a literal `${`.
 */
const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export class UndefinedVariableError extends Error {
  constructor(readonly variable: string) {
    super(`\${${variable}} is not set and has no default (set ${variable}, or write \${${variable}:-default})`);
  }
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
