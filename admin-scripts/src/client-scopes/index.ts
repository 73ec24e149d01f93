import { fileKind } from "../resource-kit/resource";
import { clientScopes } from "./reconciler";
import { BUILT_IN_SCOPES, clientScopesSchema } from "./schema";

/** The namespace of client scopes, for the clients that ask for them. */
export const CLIENT_SCOPE = "client scope";

export const clientScopesKind = fileKind({
  key: "clientScopes",
  kind: "client scopes",
  file: "client-scopes.yaml",
  schema: clientScopesSchema,
  reconciler: clientScopes,
  names: (declared) => ({ [CLIENT_SCOPE]: declared.map((scope) => scope.name) }),
  builtInNames: { [CLIENT_SCOPE]: BUILT_IN_SCOPES },
});
