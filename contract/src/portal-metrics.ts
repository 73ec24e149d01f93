/**
 * The portal's own counters: the extension adds them to Keycloak's metrics (the management port's
 * `/metrics`, beside Keycloak's), deploy/supervision's alert rules and dashboard read them.
 */
import type { EstablishmentRefusal } from "./establishment";
import { enumeration, type Payload } from "./payloads";

/** Micrometer's names; Prometheus shows each as {@link prometheusCounter} says. */
export const PORTAL_METRICS = {
  /** A sign-in or password request posted without a right "Je ne suis pas un robot" answer; label `form`. */
  robotCheckFailures: "siec.robot.check.failures",
  /** A reset e-mail not sent because the address had its e-mails of the hour (flows.yaml). */
  resetEmailsHeldBack: "siec.reset.emails.held.back",
  /** A change a compte principal made to an établissement's accounts; label `change`. */
  delegationChanges: "siec.delegation.changes",
  /** A request of "Mon établissement" refused; label `reason`. */
  delegationRefusals: "siec.delegation.refusals",
} as const;

export const PORTAL_METRIC_LABELS = { form: "form", change: "change", reason: "reason" } as const;

export const ROBOT_CHECKED_FORM = enumeration("RobotCheckedForm", ["sign-in", "password-request"]);
export type RobotCheckedForm = Payload<typeof ROBOT_CHECKED_FORM>;

export const DELEGATION_CHANGE = enumeration("DelegationChange", [
  "account-created",
  "invitation-sent",
  "invitation-accepted",
  "detached",
]);
export type DelegationChange = Payload<typeof DELEGATION_CHANGE>;

/**
 * Why "Mon établissement" refused, the `reason` of {@link PORTAL_METRICS.delegationRefusals}: the
 * answer's code (ESTABLISHMENT_REFUSAL), or this one, an operator's address a principal tried to add
 * (answered as if invited, so that it tells nothing, and never invited).
 */
export const OPERATOR_ADDRESS_REFUSAL = "operator-address";
export type DelegationRefusalReason = EstablishmentRefusal | typeof OPERATOR_ADDRESS_REFUSAL;

/** A counter's name in Prometheus's exposition: dots as underscores, and `_total`. */
export function prometheusCounter(metric: string): string {
  return `${metric.replaceAll(".", "_")}_total`;
}
