import { fileKind, type UndeclaredName } from "../resource-kit/resource";
import { TEXT } from "../texts";
import { userProfile } from "./reconciler";
import { userProfileSchema, type UserProfile } from "./schema";
import { said } from "../messages/said";

/** `${key}`: a text Keycloak looks up by its key, in the realm's texts or its own messages. */
const MESSAGE_KEY = /^\$\{([^}]+)\}$/;

export const userProfileKind = fileKind({
  key: "userProfile",
  kind: "user profile",
  file: "user-profile.yaml",
  schema: userProfileSchema,
  reconciler: userProfile,
  undeclared: (profile: UserProfile, names) =>
    profile.attributes.flatMap((attribute, index): UndeclaredName[] => {
      const shown = [
        { path: ["attributes", index, "displayName"], value: attribute.displayName },
        ...Object.entries(attribute.validations).map(([validator, settings]) => ({
          path: ["attributes", index, "validations", validator, "error-message"],
          value: settings["error-message"],
        })),
      ];
      return shown.flatMap(({ path, value }) => {
        const key = typeof value === "string" ? MESSAGE_KEY.exec(value)?.[1] : undefined;
        return key === undefined || names(TEXT).has(key)
          ? []
          : [{ path, message: said("config.textNotDeclared", { key }) }];
      });
    }),
});
