import { fileKind } from "../resource-kit/resource";
import { texts } from "./reconciler";
import { textsSchema, type Texts } from "./schema";

/** The namespace of message keys, for the kinds that show a text by its key (`${profile.attributes.x}`). */
export const TEXT = "text";

/** Keys of Keycloak's own messages, usable without declaring them. */
const KEYCLOAK_MESSAGES = ["email", "firstName", "lastName", "username"];

export const textsKind = fileKind({
  key: "texts",
  kind: "texts",
  file: "texts.yaml",
  schema: textsSchema,
  reconciler: texts,
  names: (declared: Texts) => ({ [TEXT]: Object.values(declared).flatMap((locale) => Object.keys(locale ?? {})) }),
  builtInNames: { [TEXT]: KEYCLOAK_MESSAGES },
});
