import type { UserProfileConfig } from "@keycloak/keycloak-admin-client/lib/defs/userProfileMetadata";
import { diffFields } from "../reconcile/diff";
import type { Change, Reconciler } from "../reconcile/types";
import type { UserProfile } from "./schema";

/** Attributes every realm has; export leaves them out unless they differ from Keycloak's own. */
const BUILT_IN = new Set(["username"]);

export const userProfile: Reconciler<UserProfile, UserProfileConfig | undefined> = {
  kind: "user profile",
  read: async ({ api, realm, realmRepresentation }) =>
    realmRepresentation ? api.users.getProfile({ realm }) : undefined,
  diff(desired, current, realm) {
    const changes: Change[] = [];
    const attributes = [...(current?.attributes ?? [])];
    const fields = desired.attributes.flatMap((attribute) => {
      const index = attributes.findIndex((candidate) => candidate.name === attribute.name);
      const live = index >= 0 ? attributes[index] : undefined;
      const differences = diffFields(attribute, live as Record<string, unknown> | undefined, {
        prefix: `attributes.${attribute.name}`,
      });
      if (differences.length > 0) {
        if (index >= 0) attributes[index] = attribute;
        else attributes.push(attribute);
      }
      return differences.filter((difference) => !difference.path.endsWith(".name"));
    });
    if (
      desired.unmanagedAttributePolicy !== undefined &&
      desired.unmanagedAttributePolicy !== current?.unmanagedAttributePolicy
    ) {
      fields.push({
        path: "unmanagedAttributePolicy",
        before: current?.unmanagedAttributePolicy,
        after: desired.unmanagedAttributePolicy,
      });
    }
    if (fields.length > 0) {
      const wanted: UserProfileConfig = {
        ...current,
        attributes,
        ...(desired.unmanagedAttributePolicy && {
          unmanagedAttributePolicy: desired.unmanagedAttributePolicy as UserProfileConfig["unmanagedAttributePolicy"],
        }),
      };
      changes.push({
        kind: "user profile",
        target: `realm ${realm}`,
        action: "update",
        fields,
        write: async (api) => {
          await api.users.updateProfile({ ...wanted, realm });
        },
      });
    }
    return changes;
  },
  export: (current) =>
    current && {
      ...(current.unmanagedAttributePolicy && { unmanagedAttributePolicy: current.unmanagedAttributePolicy }),
      attributes: (current.attributes ?? []).filter((attribute) => !BUILT_IN.has(attribute.name!)),
    },
};
