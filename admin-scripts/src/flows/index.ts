import { fileKind, namedIn } from "../resource-kit/resource";
import { flows } from "./reconciler";
import { BUILT_IN_FLOWS, flowsSchema, type Flow } from "./schema";

/** The namespace of flow aliases, for the kinds that bind or name a flow. */
export const FLOW = "flow";

export const flowsKind = fileKind({
  key: "flows",
  kind: "flows",
  file: "flows.yaml",
  schema: flowsSchema,
  reconciler: flows,
  ...namedIn(FLOW, (resource: Flow) => resource.alias, BUILT_IN_FLOWS),
});
