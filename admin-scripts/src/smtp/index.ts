import { fileKind } from "../resource-kit/resource";
import { smtp } from "./reconciler";
import { smtpSchema } from "./schema";

export const smtpKind = fileKind({
  key: "smtp",
  kind: "smtp",
  file: "smtp.yaml",
  schema: smtpSchema,
  reconciler: smtp,
  secretFields: ["authentication.password"],
});
