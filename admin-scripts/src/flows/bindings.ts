import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { diffFields } from "../reconcile/diff";
import type { Reconciler } from "../reconcile/types";
import type { RealmSettings } from "../realm/schema";

type FlowBindings = RealmSettings["flowBindings"];

const FIELDS = {
  browser: "browserFlow",
  resetCredentials: "resetCredentialsFlow",
  directGrant: "directGrantFlow",
} as const satisfies Record<keyof FlowBindings, keyof RealmRepresentation>;

/** Which flow the realm runs for each step (declared in realm.yaml), written once the flows exist. */
export const flowBindings: Reconciler<FlowBindings, RealmRepresentation | undefined> = {
  kind: "flow bindings",
  read: async (context) => context.realmRepresentation,
  diff(desired, current, realm) {
    const wanted = Object.fromEntries(
      Object.entries(desired).map(([binding, alias]) => [FIELDS[binding as keyof FlowBindings], alias]),
    );
    const fields = diffFields(wanted, current as Record<string, unknown> | undefined);
    if (fields.length === 0) return [];
    return [
      {
        kind: "flow bindings",
        target: `realm ${realm}`,
        action: "update",
        fields,
        write: (api) => api.realms.update({ realm }, wanted),
      },
    ];
  },
  export: () => undefined, // part of realm.yaml's export
};
