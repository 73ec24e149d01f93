import { fileKind } from "../resource-kit/resource";
import { passwordPolicy } from "./reconciler";
import { passwordPolicySchema } from "./schema";

export const passwordPolicyKind = fileKind({
  key: "passwordPolicy",
  kind: "password policy",
  file: "password-policy.yaml",
  schema: passwordPolicySchema,
  reconciler: passwordPolicy,
});
