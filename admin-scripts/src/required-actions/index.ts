import { fileKind } from "../resource-kit/resource";
import { requiredActions } from "./reconciler";
import { requiredActionsSchema } from "./schema";

export const requiredActionsKind = fileKind({
  key: "requiredActions",
  kind: "required actions",
  file: "required-actions.yaml",
  schema: requiredActionsSchema,
  reconciler: requiredActions,
});
