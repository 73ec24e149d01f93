import { fileKind } from "../resource-kit/resource";
import { flows } from "./reconciler";
import { BUILT_IN_FLOWS, flowsSchema } from "./schema";

/** The namespace of flow aliases, for the kinds that bind or name a flow. */
export const FLOW = "flow";

export const flowsKind = fileKind({
  key: "flows",
  kind: "flows",
  file: "flows.yaml",
  schema: flowsSchema,
  reconciler: flows,
  names: (declared) => ({ [FLOW]: declared.map((flow) => flow.alias) }),
  builtInNames: { [FLOW]: BUILT_IN_FLOWS },
});
