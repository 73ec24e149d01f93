import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import { CLIENT_ATTRIBUTES } from "@siec/contract";
import type { Client } from "./schema";

const POST_LOGOUT = "post.logout.redirect.uris";
const PKCE = "pkce.code.challenge.method";

/**
 * The client as Keycloak names it. No implicit flow and no password grant, for any app. An app's
 * tokens carry only the roles realm-config gives it (its own client roles, `utilisateur`), never
 * every role of the person (Keycloak's default `fullScopeAllowed: true`), which would put the
 * `account` audience and its `manage-account` role in them: any app's JavaScript could then remove
 * the person's second factor through the Account REST API (SECURITY.md, issue 21 finding 2). A
 * service account keeps full scope: its token holds the realm-management roles its file gives its
 * own account, which the admin API checks against the token's scope.
 */
export function toRepresentation(client: Client): ClientRepresentation {
  const signsPeopleIn = client.type !== "service-account";
  const attributes: Record<string, string> = {};
  if (client.pkce) attributes[PKCE] = client.pkce;
  if (client.postLogoutRedirectUris.length > 0) attributes[POST_LOGOUT] = client.postLogoutRedirectUris.join("##");
  for (const [field, attribute] of Object.entries(CLIENT_ATTRIBUTES)) {
    const value = client.branding[field as keyof typeof CLIENT_ATTRIBUTES];
    if (value) attributes[attribute] = value;
  }
  return {
    clientId: client.clientId,
    name: client.name,
    description: client.description,
    enabled: client.enabled,
    protocol: "openid-connect",
    publicClient: client.type === "public",
    standardFlowEnabled: signsPeopleIn,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: client.type === "service-account",
    fullScopeAllowed: !signsPeopleIn,
    ...(client.rootUrl !== undefined && { rootUrl: client.rootUrl }),
    ...(client.baseUrl !== undefined && { baseUrl: client.baseUrl }),
    redirectUris: client.redirectUris,
    webOrigins: client.webOrigins,
    attributes,
  };
}

export function fromRepresentation(
  client: ClientRepresentation,
  details: { defaultClientScopes: string[]; roles: Client["roles"]; serviceAccountRoles: string[] },
): Record<string, unknown> {
  const attributes = client.attributes ?? {};
  const type = client.serviceAccountsEnabled ? "service-account" : client.publicClient ? "public" : "confidential";
  const branding = Object.fromEntries(
    Object.entries(CLIENT_ATTRIBUTES).flatMap(([field, attribute]) =>
      attributes[attribute] ? [[field, attributes[attribute]]] : [],
    ),
  );
  return {
    clientId: client.clientId,
    name: client.name ?? client.clientId,
    description: client.description ?? "",
    enabled: client.enabled ?? true,
    type,
    ...(client.rootUrl && { rootUrl: client.rootUrl }),
    ...(client.baseUrl && { baseUrl: client.baseUrl }),
    redirectUris: client.redirectUris ?? [],
    postLogoutRedirectUris: attributes[POST_LOGOUT] ? String(attributes[POST_LOGOUT]).split("##") : [],
    webOrigins: client.webOrigins ?? [],
    ...(attributes[PKCE] && { pkce: attributes[PKCE] }),
    branding,
    defaultClientScopes: details.defaultClientScopes,
    roles: details.roles,
    ...(details.serviceAccountRoles.length > 0 && {
      serviceAccountRoles: { "realm-management": details.serviceAccountRoles },
    }),
  };
}
