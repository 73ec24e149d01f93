import { FLOW } from "../flows";
import { fileKind, partKind } from "../resource-kit/resource";
import { flowBindings } from "./flow-bindings";
import { realmSettings } from "./reconciler";
import { realmSettingsSchema } from "./schema";
import { said } from "../messages/said";

export const realmKind = fileKind({
  key: "realm",
  kind: "realm settings",
  file: "realm.yaml",
  required: "config.realmRequired",
  schema: realmSettingsSchema,
  reconciler: realmSettings,
});

export const flowBindingsKind = partKind({
  key: "flowBindings",
  kind: "flow bindings",
  partOf: realmKind,
  select: (realm) => realm.flowBindings,
  reconciler: flowBindings,
  undeclared: (bindings, declared) =>
    Object.entries(bindings)
      .filter(([, alias]) => !declared(FLOW).has(alias))
      .map(([binding, alias]) => ({
        path: ["flowBindings", binding],
        message: said("config.flowNotDeclared", { alias }),
      })),
});
