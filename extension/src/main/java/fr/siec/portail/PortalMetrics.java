package fr.siec.portail;

import fr.siec.portail.PortalMetricNames.DelegationChange;
import fr.siec.portail.PortalMetricNames.RobotCheckedForm;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * The portal's own counters, in the registry Keycloak serves at {@code /metrics} on its management
 * port (with {@code metrics-enabled}); without it they count nowhere. Per node, as Keycloak's own:
 * Prometheus adds the nodes up.
 */
final class PortalMetrics {
  private PortalMetrics() {}

  static void robotCheckFailed(RobotCheckedForm form) {
    increment(PortalMetricNames.ROBOT_CHECK_FAILURES, "Sign-ins and password requests posted without a right robot-check answer",
        PortalMetricNames.FORM_LABEL, form.json());
  }

  static void resetEmailHeldBack() {
    increment(PortalMetricNames.RESET_EMAILS_HELD_BACK, "Reset e-mails not sent: the address had its e-mails of the hour");
  }

  static void delegationChanged(DelegationChange change) {
    increment(PortalMetricNames.DELEGATION_CHANGES, "Changes comptes principaux made to their établissements' accounts",
        PortalMetricNames.CHANGE_LABEL, change.json());
  }

  /** `reason`: the answer's code, or {@link PortalMetricNames#OPERATOR_ADDRESS_REFUSAL}. */
  static void delegationRefused(String reason) {
    increment(PortalMetricNames.DELEGATION_REFUSALS, "Requests of Mon établissement refused, by reason",
        PortalMetricNames.REASON_LABEL, reason);
  }

  /** `tags`: label, value, label, value… */
  private static void increment(String name, String description, String... tags) {
    Counter.builder(name).description(description).tags(tags).register(Metrics.globalRegistry).increment();
  }
}
