import type RequiredActionProviderRepresentation from "@keycloak/keycloak-admin-client/lib/defs/requiredActionProviderRepresentation";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type PlannedChange, type Reconciler } from "../resource-kit/reconciler";
import type { RequiredActions } from "./schema";

interface LiveActions {
  registered: RequiredActionProviderRepresentation[];
  unregistered: { providerId?: string; name?: string }[];
}

/** The declared order becomes Keycloak's priorities 10, 20, 30…, ahead of the actions not declared. */
const priorityOf = (index: number) => (index + 1) * 10;

export const requiredActions: Reconciler<RequiredActions, LiveActions> = {
  // These endpoints take the realm from the client's configuration (see keycloak/connection.ts).
  async read({ api, liveRealm }) {
    if (!liveRealm) return { registered: [], unregistered: [] };
    const [registered, unregistered] = await Promise.all([
      api.authenticationManagement.getRequiredActions(),
      api.authenticationManagement.getUnregisteredRequiredActions(),
    ]);
    return { registered, unregistered: unregistered as LiveActions["unregistered"] };
  },
  diff(desired, live, realm) {
    return desired.flatMap((action, index): PlannedChange[] => {
      const wanted = { enabled: action.enabled, defaultAction: action.defaultAction, priority: priorityOf(index) };
      const liveAction = live.registered.find((candidate) => candidate.alias === action.alias);
      const fields = diffFields(wanted, liveAction as Record<string, unknown> | undefined);
      return changeIfAny(fields, {
        target: `required action ${action.alias}`,
        action: liveAction ? "update" : "create",
        write: async (api) => {
          if (!liveAction) {
            const provider = live.unregistered.find((candidate) => candidate.providerId === action.alias);
            await api.authenticationManagement.registerRequiredAction({
              providerId: action.alias,
              name: provider?.name ?? action.alias,
            });
          }
          const registered = (await api.authenticationManagement.getRequiredActions()).find(
            (candidate) => candidate.alias === action.alias,
          );
          await api.authenticationManagement.updateRequiredAction(
            { realm, alias: action.alias },
            { ...registered, ...wanted },
          );
        },
      });
    });
  },
  export: (live) =>
    [...live.registered]
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
      .map((action) => ({ alias: action.alias, enabled: action.enabled, defaultAction: action.defaultAction })),
};
