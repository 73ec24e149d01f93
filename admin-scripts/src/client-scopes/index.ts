import { fileKind, namedIn } from "../resource-kit/resource";
import { clientScopes } from "./reconciler";
import { BUILT_IN_SCOPES, clientScopesSchema, type ClientScopes } from "./schema";

/** The namespace of client scopes, for the clients that ask for them. */
export const CLIENT_SCOPE = "client scope";

export const clientScopesKind = fileKind({
  key: "clientScopes",
  kind: "client scopes",
  file: "client-scopes.yaml",
  schema: clientScopesSchema,
  reconciler: clientScopes,
  ...namedIn(CLIENT_SCOPE, (resource: ClientScopes[number]) => resource.name, BUILT_IN_SCOPES),
});
