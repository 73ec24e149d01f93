package fr.siec.portail;

import fr.siec.portail.Payloads.ProfileRefusal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.AttributeMetadata;
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

  /** The message keys of the refusals of `attributes` as a new account, or as an update of `existing` when it is given; none when valid. */
  static List<String> refusalCodes(KeycloakSession session, Map<String, List<String>> attributes, UserModel existing) {
    return errors(profile(session, attributes, existing)).stream().map(ValidationException.Error::getMessage).toList();
  }

  /** The refusals of `attributes` (as {@link #refusalCodes}), each said by `words`; none when valid. */
  static List<ProfileRefusal> refusals(
      KeycloakSession session, Map<String, List<String>> attributes, UserModel existing, RefusalWords words) {
    UserProfile profile = profile(session, attributes, existing);
    return errors(profile).stream()
        .map(error -> {
          Object[] parameters = error.getMessageParameters();
          return new ProfileRefusal(error.getAttribute(), error.getMessage(),
              Arrays.stream(parameters).map(String::valueOf).toList(),
              words.say(error.getMessage(), displayName(profile, error.getAttribute()), parameters));
        })
        .toList();
  }

  private static UserProfile profile(KeycloakSession session, Map<String, List<String>> attributes, UserModel existing) {
    UserProfileProvider profiles = session.getProvider(UserProfileProvider.class);
    return existing == null
        ? profiles.create(UserProfileContext.USER_API, attributes)
        : profiles.create(UserProfileContext.USER_API, attributes, existing);
  }

  private static List<ValidationException.Error> errors(UserProfile profile) {
    try {
      profile.validate();
      return List.of();
    } catch (ValidationException refused) {
      return refused.getErrors();
    }
  }

  /** The attribute's display name in the profile (`${lastName}`, resolved when said), or its name. */
  private static String displayName(UserProfile profile, String attribute) {
    AttributeMetadata metadata = attribute == null ? null : profile.getAttributes().getMetadata(attribute);
    String displayName = metadata == null ? null : metadata.getAttributeDisplayName();
    return displayName == null || displayName.isBlank() ? attribute : displayName;
  }
}
