import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { formatDuration } from "../config/duration";
import { diffFields } from "../reconcile/diff";
import type { Reconciler } from "../reconcile/types";
import { EMAILED_ACTIONS, type Lifespans } from "./schema";
import { updateRealm } from "../realm/update";

const PER_ACTION_PREFIX = "actionTokenGeneratedByUserLifespan.";

function toRepresentation(lifespans: Lifespans): RealmRepresentation {
  return {
    ssoSessionIdleTimeout: lifespans.sessions.idle,
    ssoSessionMaxLifespan: lifespans.sessions.maximum,
    ...(lifespans.sessions.rememberMeIdle !== undefined && {
      ssoSessionIdleTimeoutRememberMe: lifespans.sessions.rememberMeIdle,
    }),
    accessTokenLifespan: lifespans.accessToken,
    revokeRefreshToken: lifespans.refreshTokenRotation,
    refreshTokenMaxReuse: 0,
    accessCodeLifespanLogin: lifespans.signInPage,
    actionTokenGeneratedByUserLifespan: lifespans.emailLinks.requestedByUser,
    actionTokenGeneratedByAdminLifespan: lifespans.emailLinks.sentByOperator,
    attributes: Object.fromEntries(
      Object.entries(lifespans.emailLinks.perAction).map(([action, seconds]) => [
        `${PER_ACTION_PREFIX}${action}`,
        String(seconds),
      ]),
    ),
  };
}

/**
 * Lifespans live on the realm; per-action link lifespans are realm attributes.
 */
export const lifespans: Reconciler<Lifespans, RealmRepresentation | undefined> = {
  kind: "lifespans",
  read: async (context) => context.realmRepresentation,
  diff(desired, current, realm) {
    const wanted = toRepresentation(desired);
    const fields = diffFields(wanted as Record<string, unknown>, current as Record<string, unknown> | undefined);
    if (fields.length === 0) return [];
    return [
      {
        kind: "lifespans",
        target: `realm ${realm}`,
        action: "update",
        fields,
        write: (api) => updateRealm(api, realm, wanted),
      },
    ];
  },
  export(current) {
    if (!current) return undefined;
    const perAction = Object.fromEntries(
      EMAILED_ACTIONS.flatMap((action) => {
        const seconds = current.attributes?.[`${PER_ACTION_PREFIX}${action}`];
        return seconds ? [[action, formatDuration(Number(seconds))]] : [];
      }),
    );
    return {
      sessions: {
        idle: formatDuration(current.ssoSessionIdleTimeout ?? 0),
        maximum: formatDuration(current.ssoSessionMaxLifespan ?? 0),
        ...(current.ssoSessionIdleTimeoutRememberMe
          ? { rememberMeIdle: formatDuration(current.ssoSessionIdleTimeoutRememberMe) }
          : {}),
      },
      accessToken: formatDuration(current.accessTokenLifespan ?? 0),
      refreshTokenRotation: current.revokeRefreshToken ?? false,
      signInPage: formatDuration(current.accessCodeLifespanLogin ?? 0),
      emailLinks: {
        requestedByUser: formatDuration(current.actionTokenGeneratedByUserLifespan ?? 0),
        sentByOperator: formatDuration(current.actionTokenGeneratedByAdminLifespan ?? 0),
        perAction,
      },
    };
  },
};
