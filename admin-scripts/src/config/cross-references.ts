import { desiredOf, type AnyResourceKind, type UndeclaredName } from "../resource-kit/resource";
import { said } from "../messages/said";

/** A name used in one kind and declared in none, with the kind it is used in. */
export interface CrossReferenceProblem extends UndeclaredName {
  kind: AnyResourceKind;
}

/**
 * What one file names in another: each name must be declared by some kind of the folder, or be
 * built into Keycloak. Also: the resources of a folder have distinct names.
 */
export function checkCrossReferences(
  kinds: readonly AnyResourceKind[],
  config: Record<string, unknown>,
): CrossReferenceProblem[] {
  const declared = new Map<string, Set<string>>();
  const declare = (names: Record<string, readonly string[]> | undefined) => {
    for (const [namespace, values] of Object.entries(names ?? {})) {
      const set = declared.get(namespace) ?? new Set<string>();
      for (const value of values) set.add(value);
      declared.set(namespace, set);
    }
  };
  const present = kinds.flatMap((kind) => {
    const desired = desiredOf(kind, config);
    return desired === undefined ? [] : [{ kind, desired }];
  });
  for (const kind of kinds) declare(kind.builtInNames);
  for (const { kind, desired } of present) declare(kind.names?.(desired));

  const names = (namespace: string): ReadonlySet<string> => declared.get(namespace) ?? new Set();
  return present.flatMap(({ kind, desired }) => [
    ...(kind.form === "folder" ? duplicateNames(kind, desired as Record<string, unknown>[]) : []),
    ...(kind.undeclared?.(desired, names) ?? []).map((problem) => ({ ...problem, kind })),
  ]);
}

function duplicateNames(kind: Extract<AnyResourceKind, { form: "folder" }>, resources: Record<string, unknown>[]) {
  const seen = new Set<unknown>();
  return resources.flatMap((resource, index) => {
    const name = resource[kind.name.field];
    const duplicate = seen.has(name);
    seen.add(name);
    return duplicate
      ? [
          {
            kind,
            path: [index, kind.name.field],
            message: said("config.duplicateName", {
              label: said(kind.name.label),
              name: String(name),
              folder: kind.folder,
            }),
          },
        ]
      : [];
  });
}
