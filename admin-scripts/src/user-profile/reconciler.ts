import type { UserProfileConfig } from "@keycloak/keycloak-admin-client/lib/defs/userProfileMetadata";
import { diffFields } from "../resource-kit/diff";
import type { PlannedChange, Reconciler } from "../resource-kit/reconciler";
import type { UserProfile } from "./schema";
import { targetOf } from "../resource-kit/names";

/** Attributes every realm has; export leaves them out unless they differ from Keycloak's own. */
const BUILT_IN = new Set(["username"]);

export const userProfile: Reconciler<UserProfile, UserProfileConfig | undefined> = {
  read: async ({ api, realm, liveRealm }) => (liveRealm ? api.users.getProfile({ realm }) : undefined),
  diff(desired, live, realm) {
    const changes: PlannedChange[] = [];
    const attributes = [...(live?.attributes ?? [])];
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
      desired.unmanagedAttributePolicy !== live?.unmanagedAttributePolicy
    ) {
      fields.push({
        path: "unmanagedAttributePolicy",
        before: live?.unmanagedAttributePolicy,
        after: desired.unmanagedAttributePolicy,
      });
    }
    if (fields.length > 0) {
      const wanted: UserProfileConfig = {
        ...live,
        attributes,
        ...(desired.unmanagedAttributePolicy && {
          unmanagedAttributePolicy: desired.unmanagedAttributePolicy as UserProfileConfig["unmanagedAttributePolicy"],
        }),
      };
      changes.push({
        target: targetOf("realm", realm),
        action: "update",
        fields,
        write: async (api) => {
          await api.users.updateProfile({ ...wanted, realm });
        },
      });
    }
    return changes;
  },
  export: (live) =>
    live && {
      ...(live.unmanagedAttributePolicy && { unmanagedAttributePolicy: live.unmanagedAttributePolicy }),
      attributes: (live.attributes ?? []).filter((attribute) => !BUILT_IN.has(attribute.name!)),
    },
};
