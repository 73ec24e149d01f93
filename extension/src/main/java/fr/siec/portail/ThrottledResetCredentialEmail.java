package fr.siec.portail;

import java.util.List;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialEmail;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.services.messages.Messages;

/**
 * Keycloak's "Send Reset Email", at most a few e-mails per address per hour (its configuration,
 * from realm-config/flows.yaml). Past the limit it answers as when it sends: the same page, so
 * that the limit tells nothing about the address either.
 */
public class ThrottledResetCredentialEmail extends ResetCredentialEmail {
  public static final String ID = "siec-reset-credential-email";
  static final String EMAILS_PER_HOUR = "emailsPerAddressPerHour";
  private static final int DEFAULT_EMAILS_PER_HOUR = 3;
  private static final long HOUR_IN_SECONDS = 3600;
  static final String RESET_EMAIL_LIMIT = "reset_email_limit";

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    UserModel user = context.getUser();
    if (user == null || user.getEmail() == null || !sends(context, user) || claimSending(context, user)) {
      super.authenticate(context);
      return;
    }
    PortalMetrics.resetEmailHeldBack();
    // Not Keycloak's email_send_failed: a mail server that fails is another matter, alerted on.
    context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).user(user).error(RESET_EMAIL_LIMIT);
    context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
  }

  /**
   * Whether Keycloak's step would send an e-mail now: an address was typed, and the person did not
   * come back through the e-mailed link (the flow runs this step again then, and goes on without
   * sending: the link must open the new-password page whatever the count of the hour).
   */
  private static boolean sends(AuthenticationFlowContext context, UserModel user) {
    AuthenticationSessionModel session = context.getAuthenticationSession();
    return session.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME) != null
        && !user.getId().equals(session.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID));
  }

  /**
   * Takes one of the address's sending slots for the hour: the slots are single-use entries that
   * expire after an hour, shared by every node of the cluster.
   */
  private static boolean claimSending(AuthenticationFlowContext context, UserModel user) {
    String prefix = "siec-reset-email:" + context.getRealm().getId() + ":" + user.getId() + ":";
    for (int slot = 0; slot < emailsPerHour(context.getAuthenticatorConfig()); slot++) {
      if (context.getSession().singleUseObjects().putIfAbsent(prefix + slot, HOUR_IN_SECONDS)) return true;
    }
    return false;
  }

  private static int emailsPerHour(AuthenticatorConfigModel config) {
    String configured = config == null ? null : config.getConfig().get(EMAILS_PER_HOUR);
    try {
      return configured == null ? DEFAULT_EMAILS_PER_HOUR : Math.max(0, Integer.parseInt(configured.trim()));
    } catch (NumberFormatException e) {
      return DEFAULT_EMAILS_PER_HOUR;
    }
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "SIEC: send reset e-mail, a few per address per hour";
  }

  @Override
  public String getHelpText() {
    return "Keycloak's Send Reset Email, sending at most the configured number of e-mails per address per hour.";
  }

  @Override
  public boolean isConfigurable() {
    return true;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    ProviderConfigProperty limit = new ProviderConfigProperty();
    limit.setName(EMAILS_PER_HOUR);
    limit.setLabel("E-mails per address per hour");
    limit.setType(ProviderConfigProperty.STRING_TYPE);
    limit.setDefaultValue(String.valueOf(DEFAULT_EMAILS_PER_HOUR));
    limit.setHelpText("Requests past this number within an hour get the same page, and no e-mail.");
    return List.of(limit);
  }
}
