package fr.siec.portail;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;

/**
 * The password-request form ("Mot de passe oublié ?", "Initialisez votre mot de passe"), which
 * sends an e-mail only with a right "Je ne suis pas un robot" answer. Without one it goes on as for
 * an unknown address: the same "e-mail sent" page, and no e-mail.
 */
public class RobotCheckedResetChooseUser extends ResetCredentialChooseUser {
  public static final String ID = "siec-reset-credentials-choose-user";

  @Override
  public void action(AuthenticationFlowContext context) {
    String answer = context.getHttpRequest().getDecodedFormParameters().getFirst(RobotCheck.FIELD);
    String username = context.getHttpRequest().getDecodedFormParameters().getFirst("username");
    String rootSessionId = context.getAuthenticationSession().getParentSession().getId();
    if (RobotCheck.accepts(context.getSession(), answer, rootSessionId, username)) {
      super.action(context);
      return;
    }
    PortalMetrics.robotCheckFailed(PortalMetricNames.RobotCheckedForm.PASSWORD_REQUEST);
    username = username == null ? "" : username.trim();
    context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, username);
    context
        .getEvent()
        .clone()
        .detail(Details.USERNAME, username)
        .detail("reason", "robot_check_failed")
        .error(Errors.INVALID_REQUEST);
    context.clearUser();
    context.success();
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "SIEC: choose user, with the robot check";
  }

  @Override
  public String getHelpText() {
    return "Keycloak's Choose User, going on as for an unknown address without a right \"Je ne suis pas un robot\" answer.";
  }
}
