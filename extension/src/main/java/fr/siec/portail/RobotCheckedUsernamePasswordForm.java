package fr.siec.portail;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.utils.FormMessage;

/**
 * Keycloak's sign-in form, answered only with a right "Je ne suis pas un robot" answer: without
 * one, no password is checked (so nothing is learnt about the account) and the form comes back.
 */
public class RobotCheckedUsernamePasswordForm extends UsernamePasswordForm {
  static final String ROBOT_CHECK_FAILED = "robotCheckFailedMessage";

  @Override
  protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
    if (!RobotCheck.accepts(context.getSession(), formData.getFirst(RobotCheck.FIELD))) {
      context
          .getEvent()
          .detail(Details.USERNAME, formData.getFirst("username"))
          .detail("reason", "robot_check_failed")
          .error(Errors.INVALID_REQUEST);
      context.challenge(
          context
              .form()
              .setFormData(withoutPassword(formData))
              .addError(new FormMessage(RobotCheck.FIELD, ROBOT_CHECK_FAILED))
              .createLoginUsernamePassword());
      return false;
    }
    return super.validateForm(context, formData);
  }

  private static MultivaluedMap<String, String> withoutPassword(MultivaluedMap<String, String> formData) {
    MultivaluedMap<String, String> kept = new MultivaluedHashMap<>(formData);
    kept.remove("password");
    return kept;
  }
}
