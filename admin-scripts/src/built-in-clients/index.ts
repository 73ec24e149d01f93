import { fileKind } from "../resource-kit/resource";
import { builtInClients } from "./reconciler";
import { builtInClientsSchema } from "./schema";

export const builtInClientsKind = fileKind({
  key: "builtInClients",
  kind: "built-in clients",
  file: "built-in-clients.yaml",
  schema: builtInClientsSchema,
  reconciler: builtInClients,
});
