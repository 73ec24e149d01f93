import type { FieldChange } from "./reconciler";

/**
 * The fields of `desired` whose value differs in `current`. Only fields that `desired` names are
 * compared: whatever else Keycloak holds is not managed and stays as it is. Arrays of plain values
 * are compared as sets (Keycloak does not keep their order); objects field by field.
 */
export function diffFields(
  desired: Record<string, unknown>,
  current: Record<string, unknown> | undefined,
  options: { prefix?: string; secretPaths?: readonly string[] } = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, wanted] of Object.entries(desired)) {
    if (wanted === undefined) continue;
    const path = options.prefix ? `${options.prefix}.${key}` : key;
    const actual = current?.[key];
    if (isPlainObject(wanted) && (actual === undefined || isPlainObject(actual))) {
      changes.push(...diffFields(wanted, actual as Record<string, unknown> | undefined, { ...options, prefix: path }));
    } else if (!sameValue(wanted, actual)) {
      changes.push({
        path,
        before: actual,
        after: wanted,
        ...(options.secretPaths?.includes(path) && { secret: true }),
      });
    }
  }
  return changes;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (a.every(isPrimitive) && b.every(isPrimitive)) {
      const sorted = (values: unknown[]) => values.map((value) => JSON.stringify(value)).sort();
      return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
    }
    return a.every((value, index) => sameValue(value, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== "object";
}
