import { FLOW } from "../flows";
import { folderKind, type UndeclaredName } from "../resource-kit/resource";
import { identityProviders } from "./reconciler";
import { identityProviderSchema } from "./schema";
import { said } from "../messages/said";

const FLOW_FIELDS = ["firstBrokerLoginFlowAlias", "postBrokerLoginFlowAlias"] as const;

export const identityProvidersKind = folderKind({
  key: "identityProviders",
  kind: "identity providers",
  folder: "identity-providers",
  schema: identityProviderSchema,
  schemaName: "identity-provider",
  name: { field: "alias", label: "name.identityProviderAlias" },
  reconciler: identityProviders,
  secretFields: ["clientSecret"],
  undeclared: (declared, names) =>
    declared.flatMap((provider, index) =>
      FLOW_FIELDS.flatMap((field): UndeclaredName[] => {
        const alias = provider[field];
        return alias === undefined || names(FLOW).has(alias)
          ? []
          : [{ path: [index, field], message: said("config.flowNotDeclared", { alias }) }];
      }),
    ),
});
