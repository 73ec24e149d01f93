import type RequiredActionProviderRepresentation from "@keycloak/keycloak-admin-client/lib/defs/requiredActionProviderRepresentation";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type PlannedChange, type Reconciler } from "../resource-kit/reconciler";
import type { RequiredActions } from "./schema";
import { targetOf } from "../resource-kit/names";
import { formatDuration } from "../resource-kit/duration";

interface LiveActions {
  registered: RequiredActionProviderRepresentation[];
  unregistered: { providerId?: string; name?: string }[];
  /** Each registered action's max_auth_age setting (Keycloak's required action config), when set. */
  maxAuthAges?: Record<string, number>;
}

/** Keycloak's name of the setting, in a required action's config. */
const MAX_AUTH_AGE = "max_auth_age";

/**
 * The declared order becomes priorities 1, 2, 3…: Keycloak numbers its own actions from 10 in steps
 * of 10, so the declared ones come first whatever their count (10, 20… tied with an undeclared one
 * from the sixth on, and the order flipped from one read to the next).
 */
const priorityOf = (index: number) => index + 1;

export const requiredActions: Reconciler<RequiredActions, LiveActions> = {
  // These endpoints take the realm from the client's configuration (see keycloak/connection.ts).
  async read({ api, liveRealm }) {
    if (!liveRealm) return { registered: [], unregistered: [] };
    const [registered, unregistered] = await Promise.all([
      api.authenticationManagement.getRequiredActions(),
      api.authenticationManagement.getUnregisteredRequiredActions(),
    ]);
    const maxAuthAges: Record<string, number> = {};
    await Promise.all(
      registered.map(async ({ alias }) => {
        // Keycloak refuses the read for an action without settings: nothing set, then.
        const config = await api.authenticationManagement.getRequiredActionConfig({ alias: alias! }).then(
          (answer) => answer?.config,
          () => undefined,
        );
        if (config?.[MAX_AUTH_AGE] !== undefined) maxAuthAges[alias!] = Number(config[MAX_AUTH_AGE]);
      }),
    );
    return { registered, unregistered: unregistered as LiveActions["unregistered"], maxAuthAges };
  },
  diff(desired, live, realm) {
    return desired.flatMap((action, index): PlannedChange[] => {
      const wanted = { enabled: action.enabled, defaultAction: action.defaultAction, priority: priorityOf(index) };
      const liveAction = live.registered.find((candidate) => candidate.alias === action.alias);
      const liveAge = live.maxAuthAges?.[action.alias];
      const fields = [
        ...diffFields(wanted, liveAction as Record<string, unknown> | undefined),
        ...(action.maxAuthAge === undefined
          ? []
          : diffFields({ maxAuthAge: action.maxAuthAge }, liveAction && { maxAuthAge: liveAge })),
      ];
      return changeIfAny(fields, {
        target: targetOf("required action", action.alias),
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
          if (action.maxAuthAge !== undefined && action.maxAuthAge !== liveAge)
            await api.authenticationManagement.updateRequiredActionConfig(
              { realm, alias: action.alias },
              { config: { [MAX_AUTH_AGE]: String(action.maxAuthAge) } },
            );
        },
      });
    });
  },
  export: (live) =>
    [...live.registered]
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
      .map((action) => ({
        alias: action.alias,
        enabled: action.enabled,
        defaultAction: action.defaultAction,
        ...(live.maxAuthAges?.[action.alias!] !== undefined && {
          maxAuthAge: formatDuration(live.maxAuthAges[action.alias!]!),
        }),
      })),
};
