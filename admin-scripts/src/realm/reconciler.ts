import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { diffFields } from "../resource-kit/diff";
import type { PlannedChange, Reconciler } from "../resource-kit/reconciler";
import { exportable, fromRepresentation, toRepresentation } from "./representation";
import type { RealmSettings } from "./schema";
import { updateRealm } from "./update";
import { targetOf } from "../resource-kit/names";

/** Realm settings: creates the realm when it is missing, then keeps its settings as declared. */
export const realmSettings: Reconciler<RealmSettings, RealmRepresentation | undefined> = {
  read: async (context) => context.liveRealm,
  diff(desired, live) {
    const wanted = toRepresentation(desired);
    const changes: PlannedChange[] = [];
    if (!live) {
      changes.push({
        target: targetOf("realm", desired.realm),
        action: "create",
        fields: [{ path: "realm", before: undefined, after: desired.realm }],
        write: async (api) => {
          await api.realms.create({ realm: desired.realm, enabled: desired.enabled });
        },
      });
    }
    const fields = diffFields(wanted as Record<string, unknown>, live as Record<string, unknown> | undefined);
    const updated = fields.filter((field) => field.path !== "realm");
    if (updated.length > 0) {
      changes.push({
        target: targetOf("realm", desired.realm),
        action: "update",
        fields: updated,
        write: (api) => updateRealm(api, desired.realm, wanted),
      });
    }
    return changes;
  },
  export: (live) => (live ? exportable(fromRepresentation(live)) : undefined),
};
