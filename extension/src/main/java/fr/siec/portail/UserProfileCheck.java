package fr.siec.portail;

import fr.siec.portail.Payloads.ProfileRefusal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/**
 * An account's values checked by the realm's user profile as the admin API checks what it writes
 * (USER_API), writing nothing: the one validator of accounts, whoever creates them.
 */
final class UserProfileCheck {
  private UserProfileCheck() {}

  /** The refusals of `attributes` as a new account, or as an update of `existing` when it is given; none when valid. */
  static List<ProfileRefusal> refusals(KeycloakSession session, Map<String, List<String>> attributes, UserModel existing) {
    UserProfileProvider profiles = session.getProvider(UserProfileProvider.class);
    UserProfile profile = existing == null
        ? profiles.create(UserProfileContext.USER_API, attributes)
        : profiles.create(UserProfileContext.USER_API, attributes, existing);
    try {
      profile.validate();
      return List.of();
    } catch (ValidationException refused) {
      return refused.getErrors().stream()
          .map(error -> new ProfileRefusal(error.getAttribute(), error.getMessage(),
              Arrays.stream(error.getMessageParameters()).map(String::valueOf).toList()))
          .toList();
    }
  }
}
