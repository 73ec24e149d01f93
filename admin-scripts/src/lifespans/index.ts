import { fileKind } from "../resource-kit/resource";
import { lifespans } from "./reconciler";
import { lifespansSchema } from "./schema";

export const lifespansKind = fileKind({
  key: "lifespans",
  kind: "lifespans",
  file: "lifespans.yaml",
  schema: lifespansSchema,
  reconciler: lifespans,
});
