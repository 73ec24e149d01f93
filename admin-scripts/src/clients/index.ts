import { CLIENT_SCOPE } from "../client-scopes";
import { folderKind } from "../resource-kit/resource";
import { clients } from "./reconciler";
import { clientSchema } from "./schema";
import { said } from "../messages/said";

/** The namespace of client ids, and the one of each client's roles, for the kinds that give them. */
export const CLIENT = "client";
export const rolesOfClient = (clientId: string) => `roles of client ${clientId}`;

export const clientsKind = folderKind({
  key: "clients",
  kind: "clients",
  folder: "clients",
  schema: clientSchema,
  schemaName: "client",
  name: { field: "clientId", label: "name.clientId" },
  reconciler: clients,
  names: (declared) => ({
    [CLIENT]: declared.map((client) => client.clientId),
    ...Object.fromEntries(
      declared.map((client) => [rolesOfClient(client.clientId), client.roles.map((role) => role.name)]),
    ),
  }),
  undeclared: (declared, names) =>
    declared.flatMap((client, index) =>
      client.defaultClientScopes.flatMap((scope, scopeIndex) =>
        names(CLIENT_SCOPE).has(scope)
          ? []
          : [
              {
                path: [index, "defaultClientScopes", scopeIndex],
                message: said("config.scopeNotDeclared", { scope }),
              },
            ],
      ),
    ),
});
