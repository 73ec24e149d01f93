import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import { formatDuration } from "../resource-kit/duration";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type Reconciler } from "../resource-kit/reconciler";
import { EMAILED_ACTIONS, type Lifespans } from "./schema";
import { updateRealm } from "../realm/update";
import { targetOf } from "../resource-kit/names";

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
  read: async (context) => context.liveRealm,
  diff(desired, live, realm) {
    const wanted = toRepresentation(desired);
    const fields = diffFields(wanted as Record<string, unknown>, live as Record<string, unknown> | undefined);
    return changeIfAny(fields, {
      target: targetOf("realm", realm),
      action: "update",
      write: (api) => updateRealm(api, realm, wanted),
    });
  },
  export(live) {
    if (!live) return undefined;
    const perAction = Object.fromEntries(
      EMAILED_ACTIONS.flatMap((action) => {
        const seconds = live.attributes?.[`${PER_ACTION_PREFIX}${action}`];
        return seconds ? [[action, formatDuration(Number(seconds))]] : [];
      }),
    );
    return {
      sessions: {
        idle: formatDuration(live.ssoSessionIdleTimeout ?? 0),
        maximum: formatDuration(live.ssoSessionMaxLifespan ?? 0),
        ...(live.ssoSessionIdleTimeoutRememberMe
          ? { rememberMeIdle: formatDuration(live.ssoSessionIdleTimeoutRememberMe) }
          : {}),
      },
      accessToken: formatDuration(live.accessTokenLifespan ?? 0),
      refreshTokenRotation: live.revokeRefreshToken ?? false,
      signInPage: formatDuration(live.accessCodeLifespanLogin ?? 0),
      emailLinks: {
        requestedByUser: formatDuration(live.actionTokenGeneratedByUserLifespan ?? 0),
        sentByOperator: formatDuration(live.actionTokenGeneratedByAdminLifespan ?? 0),
        perAction,
      },
    };
  },
};
