package fr.siec.portail;

import fr.siec.portail.Payloads.AccountStatus;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The one rule of an account's status (contract/src/accounts.ts ACCOUNT_STATUS), which "Mon
 * établissement" shows and the directory gives the CLI's `users list --status`: disabled; else
 * invitation-pending until the person has set a password of their own, none yet (an invitation) or
 * a temporary one (which sets the UPDATE_PASSWORD required action); else active.
 */
final class AccountStates {
  /** The required action of a temporary password and of the first-connexion e-mail. */
  static final String UPDATE_PASSWORD = UserModel.RequiredAction.UPDATE_PASSWORD.name();

  static AccountStatus of(boolean enabled, boolean hasPassword, boolean mustUpdatePassword) {
    if (!enabled) return AccountStatus.DISABLED;
    return hasPassword && !mustUpdatePassword ? AccountStatus.ACTIVE : AccountStatus.INVITATION_PENDING;
  }

  static AccountStatus of(UserModel user) {
    return of(user.isEnabled(),
        user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE).findAny().isPresent(),
        user.getRequiredActionsStream().anyMatch(UPDATE_PASSWORD::equals));
  }

  private AccountStates() {}
}
