package fr.siec.portail;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;

/**
 * Keycloak's sign-in form, answered only with a right "Je ne suis pas un robot" answer: without
 * one, no password is checked (so nothing is learnt about the account) and the form comes back.
 *
 * <p>When the realm enables passkeys, the same form also takes a passkey alone: Keycloak's form
 * sends a WebAuthn answer (authenticatorData, or the browser's error) to its passkey check before
 * {@link #validateForm} is reached, so a passkey needs no robot-check answer. The assertion,
 * signed by the person's device over the server's one-time challenge, is itself the proof that
 * someone is there; no password is tried on that path.
 *
 * <p>An account locked by the brute-force protection answers exactly as a wrong password or an
 * unknown address does: Keycloak's "invalid credentials" message (not its "temporarily disabled"
 * one, which told that the address has an account), after the same work, a password hash (Keycloak
 * skips the hash for a locked account, and hashes a dummy for an unknown address).
 */
public class RobotCheckedUsernamePasswordForm extends UsernamePasswordForm {
  static final String ROBOT_CHECK_FAILED = "robotCheckFailedMessage";

  /** With the session, as Keycloak's own factory builds it: without one, passkeys are off. */
  public RobotCheckedUsernamePasswordForm(KeycloakSession session) {
    super(session);
  }

  @Override
  protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
    String rootSessionId = context.getAuthenticationSession().getParentSession().getId();
    String username = formData.getFirst("username");
    if (username == null && context.getUser() != null) username = context.getUser().getUsername();
    if (!RobotCheck.accepts(context.getSession(), formData.getFirst(RobotCheck.FIELD), rootSessionId, username)) {
      RobotCheck.failed(context.getSession(), rootSessionId, username);
      PortalMetrics.robotCheckFailed(PortalMetricNames.RobotCheckedForm.SIGN_IN);
      context
          .getEvent()
          .detail(Details.USERNAME, formData.getFirst("username"))
          .detail("reason", "robot_check_failed")
          .error(Errors.INVALID_REQUEST);
      // The form comes back with its passkey challenge too, as Keycloak's own refusals do.
      if (isConditionalPasskeysEnabled(context.getUser())) webauthnAuth.fillContextForm(context);
      context.challenge(
          context
              .form()
              .setFormData(withoutPassword(formData))
              .addError(new FormMessage(RobotCheck.FIELD, ROBOT_CHECK_FAILED))
              .createLoginUsernamePassword());
      return false;
    }
    if (super.validateForm(context, formData)) return true;
    // A wrong password, an unknown address or a locked account: the next challenges cost more.
    RobotCheck.failed(context.getSession(), rootSessionId, username);
    return false;
  }

  @Override
  protected String disabledByBruteForceError(String bruteForceError) {
    return Messages.INVALID_USER;
  }

  @Override
  protected boolean isDisabledByBruteForce(AuthenticationFlowContext context, UserModel user) {
    if (!super.isDisabledByBruteForce(context, user)) return false;
    AuthenticatorUtils.dummyHash(context);
    return true;
  }

  private static MultivaluedMap<String, String> withoutPassword(MultivaluedMap<String, String> formData) {
    MultivaluedMap<String, String> kept = new MultivaluedHashMap<>(formData);
    kept.remove("password");
    return kept;
  }
}
