// Generated from contract/src/portal-metrics.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/** The portal's own counters in Keycloak's metrics: their names, labels and label values. */
public final class PortalMetricNames {
  public static final String ROBOT_CHECK_FAILURES = "siec.robot.check.failures";
  public static final String RESET_EMAILS_HELD_BACK = "siec.reset.emails.held.back";
  public static final String DELEGATION_CHANGES = "siec.delegation.changes";
  public static final String DELEGATION_REFUSALS = "siec.delegation.refusals";
  public static final String FORM_LABEL = "form";
  public static final String CHANGE_LABEL = "change";
  public static final String REASON_LABEL = "reason";
  public static final String OPERATOR_ADDRESS_REFUSAL = "operator-address";

  public enum RobotCheckedForm {
    SIGN_IN("sign-in"),
    PASSWORD_REQUEST("password-request");

    private final String json;

    RobotCheckedForm(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  public enum DelegationChange {
    ACCOUNT_CREATED("account-created"),
    INVITATION_SENT("invitation-sent"),
    INVITATION_ACCEPTED("invitation-accepted"),
    DETACHED("detached");

    private final String json;

    DelegationChange(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  private PortalMetricNames() {}
}
