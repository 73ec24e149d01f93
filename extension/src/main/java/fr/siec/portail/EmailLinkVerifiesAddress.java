package fr.siec.portail;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * In the reset-credentials flow, after the e-mailed link was followed: the person has just proved
 * they read that mailbox, so the address is verified. Keycloak's "Send Reset Email" no longer does
 * it (keycloak#16778), and without it a first connexion would end with a second e-mail to verify
 * the very address the link was sent to.
 */
public class EmailLinkVerifiesAddress implements Authenticator {
  @Override
  public void authenticate(AuthenticationFlowContext context) {
    UserModel user = context.getUser();
    if (user != null && user.getEmail() != null && !user.isEmailVerified()) {
      user.setEmailVerified(true);
      user.removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
      context.getAuthenticationSession().removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
    }
    context.success();
  }

  @Override
  public void action(AuthenticationFlowContext context) {}

  @Override
  public boolean requiresUser() {
    return true;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
