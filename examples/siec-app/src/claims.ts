import { ETABLISSEMENT_CLAIM } from "@siec/contract";

/** What the app shows of the signed-in person, read from the tokens keycloak-js has parsed. */
export interface SignedInUser {
  name: string;
  email: string;
  /** UAI codes of the person's schools: the `etablissement` claim (client scope `etablissement`). */
  etablissements: string[];
  /** This app's client roles: `resource_access.<clientId>.roles` of the access token. */
  roles: string[];
}

type Claims = Record<string, unknown> | undefined;

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/** A multivalued claim: Keycloak writes an array, or a plain string when there is one value. */
export function listClaim(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values.map(text).filter((item) => item !== "");
}

export function userFromTokens(idToken: Claims, accessToken: Claims, clientId: string): SignedInUser {
  const id = idToken ?? {};
  const fullName = [text(id.given_name), text(id.family_name)].filter(Boolean).join(" ");
  const access = (accessToken?.resource_access ?? {}) as Record<string, { roles?: unknown } | undefined>;
  return {
    name: text(id.name) || fullName || text(id.preferred_username),
    email: text(id.email),
    etablissements: listClaim(id[ETABLISSEMENT_CLAIM]),
    roles: listClaim(access[clientId]?.roles),
  };
}
