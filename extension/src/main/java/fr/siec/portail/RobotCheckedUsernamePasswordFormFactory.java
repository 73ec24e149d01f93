package fr.siec.portail;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

public class RobotCheckedUsernamePasswordFormFactory extends UsernamePasswordFormFactory {
  public static final String ID = "siec-username-password-form";

  /** One per session, as Keycloak's own: the form's passkey check reads the session's realm. */
  @Override
  public Authenticator create(KeycloakSession session) {
    return new RobotCheckedUsernamePasswordForm(session);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "SIEC: username password form with the robot check";
  }

  @Override
  public String getHelpText() {
    return "Keycloak's username and password form, refused without a right \"Je ne suis pas un robot\" answer.";
  }
}
