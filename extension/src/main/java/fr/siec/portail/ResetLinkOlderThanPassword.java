package fr.siec.portail;

import java.util.Arrays;
import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionTokenHandler;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialEmail;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;

/**
 * Keycloak's handler of reset links, plus one check: a link sent before the password last changed
 * is refused as expired. Keycloak keeps such a link valid until it expires (keycloak#26815), so a
 * person who asked twice and used the newer link, or who changed the password since, would still
 * have a working older link in the mailbox. It replaces the built-in handler (same id, higher order).
 */
public class ResetLinkOlderThanPassword extends ResetCredentialsActionTokenHandler {
  @Override
  @SuppressWarnings("unchecked")
  public Predicate<? super ResetCredentialsActionToken>[] getVerifiers(
      ActionTokenContext<ResetCredentialsActionToken> context) {
    Predicate<? super ResetCredentialsActionToken>[] builtIn = super.getVerifiers(context);
    Predicate<? super ResetCredentialsActionToken>[] all = Arrays.copyOf(builtIn, builtIn.length + 1);
    all[builtIn.length] =
        TokenUtils.checkThat(
            (ResetCredentialsActionToken token) -> sentAfterLastPasswordChange(context, token),
            Errors.EXPIRED_CODE,
            Messages.EXPIRED_ACTION);
    return all;
  }

  private static boolean sentAfterLastPasswordChange(
      ActionTokenContext<ResetCredentialsActionToken> context, ResetCredentialsActionToken token) {
    UserModel user = context.getSession().users().getUserById(context.getRealm(), token.getUserId());
    if (user == null) return true; // Keycloak's own checks refuse it
    Long changed = ResetCredentialEmail.getLastChangedTimestamp(context.getSession(), context.getRealm(), user);
    // The link's issue time is in whole seconds: one asked for in the second of the change is kept.
    return changed == null || (token.getIat() + 1) * 1000 > changed;
  }

  @Override
  public int order() {
    return 100;
  }
}
