/**
 * The marker of a resource that apply created: once realm-config no longer names it, plan shows
 * its deletion. A resource without it (made by hand, by Keycloak, or before this marker existed)
 * is never deleted, only shown as drift.
 */
export const MANAGED_BY = { attribute: "siec.managed-by", value: "realm-config" } as const;

/** Whether attributes hold the marker: clients and client scopes keep strings, roles and groups lists. */
export function isMarked(attributes: Record<string, unknown> | undefined): boolean {
  const value = attributes?.[MANAGED_BY.attribute];
  return value === MANAGED_BY.value || (Array.isArray(value) && value.includes(MANAGED_BY.value));
}

/** A created client's or client scope's attributes, with the marker. */
export function withMarker(attributes: Record<string, string> | undefined): Record<string, string> {
  return { ...attributes, [MANAGED_BY.attribute]: MANAGED_BY.value };
}

/** A created role's or group's attributes (lists of values), with the marker. */
export const MARKED_LIST_ATTRIBUTES = { [MANAGED_BY.attribute]: [MANAGED_BY.value] };
