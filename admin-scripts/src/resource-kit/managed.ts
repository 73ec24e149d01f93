/**
 * The marker of a resource that apply created: once realm-config no longer names it, plan shows
 * its deletion. A resource without it (made by hand, by Keycloak, or before this marker existed)
 * is never deleted, only shown as drift.
 *
 * The marker names the resource it was written for (`realm-config:dexco`): the admin console's
 * "Duplicate" (flows, groups) and an exported client imported under another id copy it, and a copy
 * is drift, never a deletion (SECURITY.md, issue 21 finding 6). So is a resource renamed by hand,
 * and one marked before the marker named its resource (a bare `realm-config`).
 */
export const MANAGED_BY = { attribute: "siec.managed-by", value: "realm-config" } as const;

/** The marker's value on the resource `name` (a client id, a role's, group's or scope's name, a flow's alias). */
export function markerOf(name: string): string {
  return `${MANAGED_BY.value}:${name}`;
}

/**
 * Whether attributes hold the marker written for `name`: clients and client scopes keep strings,
 * roles and groups lists (one value).
 */
export function isMarkedFor(attributes: Record<string, unknown> | undefined, name: string): boolean {
  const value = attributes?.[MANAGED_BY.attribute];
  const marker = markerOf(name);
  return value === marker || (Array.isArray(value) && value.length === 1 && value[0] === marker);
}

/** A created client's or client scope's attributes, with the marker naming it. */
export function withMarker(attributes: Record<string, string> | undefined, name: string): Record<string, string> {
  return { ...attributes, [MANAGED_BY.attribute]: markerOf(name) };
}

/** A created role's or group's attributes (lists of values), with the marker naming it. */
export function markedListAttributes(name: string): Record<string, string[]> {
  return { [MANAGED_BY.attribute]: [markerOf(name)] };
}

/**
 * Whether attributes hold the marker as apply wrote it before it named its resource (a bare
 * `realm-config`). On a resource realm-config names, plan rewrites it to name that resource, so
 * that removing its file or entry later makes it a deletion again; elsewhere it marks nothing.
 */
export function hasBareMarker(attributes: Record<string, unknown> | undefined): boolean {
  const value = attributes?.[MANAGED_BY.attribute];
  return value === MANAGED_BY.value || (Array.isArray(value) && value.length === 1 && value[0] === MANAGED_BY.value);
}

/** Where plans show the marker rewritten to name its resource. */
export const MARKER_PATH = `attributes.${MANAGED_BY.attribute}`;
