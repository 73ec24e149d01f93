import { fileKind } from "../resource-kit/resource";
import { userProfile } from "./reconciler";
import { userProfileSchema } from "./schema";

export const userProfileKind = fileKind({
  key: "userProfile",
  kind: "user profile",
  file: "user-profile.yaml",
  schema: userProfileSchema,
  reconciler: userProfile,
});
