import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { diffFields } from "../reconcile/diff";
import type { Change, Reconciler } from "../reconcile/types";
import { exportable, fromRepresentation, toRepresentation } from "./representation";
import type { RealmSettings } from "./schema";
import { updateRealm } from "./update";

/** Realm settings: creates the realm when it is missing, then keeps its settings as declared. */
export const realmSettings: Reconciler<RealmSettings, RealmRepresentation | undefined> = {
  kind: "realm settings",
  read: async (context) => context.realmRepresentation,
  diff(desired, current) {
    const wanted = toRepresentation(desired);
    const changes: Change[] = [];
    if (!current) {
      changes.push({
        kind: "realm settings",
        target: `realm ${desired.realm}`,
        action: "create",
        fields: [{ path: "realm", before: undefined, after: desired.realm }],
        write: async (api) => {
          await api.realms.create({ realm: desired.realm, enabled: desired.enabled });
        },
      });
    }
    const fields = diffFields(wanted as Record<string, unknown>, current as Record<string, unknown> | undefined);
    const updated = fields.filter((field) => field.path !== "realm");
    if (updated.length > 0) {
      changes.push({
        kind: "realm settings",
        target: `realm ${desired.realm}`,
        action: "update",
        fields: updated,
        write: (api) => updateRealm(api, desired.realm, wanted),
      });
    }
    return changes;
  },
  export: (current) => (current ? exportable(fromRepresentation(current)) : undefined),
};
