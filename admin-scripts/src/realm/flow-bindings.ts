import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type Reconciler } from "../resource-kit/reconciler";
import type { RealmSettings } from "./schema";
import { targetOf } from "../resource-kit/names";

export type FlowBindings = RealmSettings["flowBindings"];

const FIELDS = {
  browser: "browserFlow",
  resetCredentials: "resetCredentialsFlow",
  directGrant: "directGrantFlow",
} as const satisfies Record<keyof FlowBindings, keyof RealmRepresentation>;

/** Which flow the realm runs for each step (declared in realm.yaml, exported with it), written once the flows exist. */
export const flowBindings: Reconciler<FlowBindings, RealmRepresentation | undefined> = {
  read: async (context) => context.liveRealm,
  diff(desired, live, realm) {
    const wanted = Object.fromEntries(
      Object.entries(desired).map(([binding, alias]) => [FIELDS[binding as keyof FlowBindings], alias]),
    );
    const fields = diffFields(wanted, live as Record<string, unknown> | undefined);
    return changeIfAny(fields, {
      target: targetOf("realm", realm),
      action: "update",
      write: (api) => api.realms.update({ realm }, wanted),
    });
  },
};
