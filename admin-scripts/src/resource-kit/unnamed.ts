import type { LiveResource } from "./reconciler";

/**
 * The live resources realm-config does not name: those apply created (marked) are deletions,
 * the others drift, left as they are.
 */
export function unnamedResources(
  declared: readonly string[],
  live: readonly LiveResource[],
): { drift: LiveResource[]; deletions: LiveResource[] } {
  const named = new Set(declared);
  const unnamed = live.filter((resource) => !named.has(resource.name));
  return {
    drift: unnamed.filter((resource) => !resource.managed),
    deletions: unnamed.filter((resource) => resource.managed),
  };
}
