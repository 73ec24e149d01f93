import type RequiredActionProviderRepresentation from "@keycloak/keycloak-admin-client/lib/defs/requiredActionProviderRepresentation";
import { diffFields } from "../reconcile/diff";
import type { Change, Reconciler } from "../reconcile/types";
import type { RequiredActions } from "./schema";

interface Current {
  registered: RequiredActionProviderRepresentation[];
  unregistered: { providerId?: string; name?: string }[];
}

/** The declared order becomes Keycloak's priorities 10, 20, 30…, ahead of the actions not declared. */
const priorityOf = (index: number) => (index + 1) * 10;

export const requiredActions: Reconciler<RequiredActions, Current> = {
  kind: "required actions",
  // These endpoints take the realm from the client's configuration (see keycloak/connection.ts).
  async read({ api, realmRepresentation }) {
    if (!realmRepresentation) return { registered: [], unregistered: [] };
    const [registered, unregistered] = await Promise.all([
      api.authenticationManagement.getRequiredActions(),
      api.authenticationManagement.getUnregisteredRequiredActions(),
    ]);
    return { registered, unregistered: unregistered as Current["unregistered"] };
  },
  diff(desired, current, realm) {
    return desired.flatMap((action, index): Change[] => {
      const wanted = { enabled: action.enabled, defaultAction: action.defaultAction, priority: priorityOf(index) };
      const live = current.registered.find((candidate) => candidate.alias === action.alias);
      const fields = diffFields(wanted, live as Record<string, unknown> | undefined);
      if (fields.length === 0) return [];
      return [
        {
          kind: "required actions",
          target: `required action ${action.alias}`,
          action: live ? "update" : "create",
          fields,
          write: async (api) => {
            if (!live) {
              const provider = current.unregistered.find((candidate) => candidate.providerId === action.alias);
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
        },
      ];
    });
  },
  export: (current) =>
    [...current.registered]
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
      .map((action) => ({ alias: action.alias, enabled: action.enabled, defaultAction: action.defaultAction })),
};
