package fr.siec.portail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;
import org.keycloak.theme.TemplatingUtil;

/**
 * Keycloak's messages in one language, as the realm's sign-in pages say a refused value: the
 * realm's login theme's messages (Keycloak's base ones and the portal theme's) with the realm's
 * own texts over them ({@link Theme#getEnhancedMessages}, as the pages read them), a key and its
 * parameters formatted as Keycloak's MessageFormatterMethod does (`${…}` resolved in the message
 * and its parameters, then MessageFormat), `{0}` being the attribute's display name.
 */
final class RefusalWords {
  private final Locale locale;
  private final Properties messages;

  private RefusalWords(Locale locale, Properties messages) {
    this.locale = locale;
    this.messages = messages;
  }

  /** The words of `realm` in `language` (`fr`, `en`), or in its default language when none or one it does not offer is asked. */
  static RefusalWords of(KeycloakSession session, RealmModel realm, String language) {
    Locale locale = locale(realm, language);
    try {
      String themeName = realm.getLoginTheme();
      Theme theme = themeName == null || themeName.isBlank()
          ? session.theme().getTheme(Theme.Type.LOGIN)
          : session.theme().getTheme(themeName, Theme.Type.LOGIN);
      return new RefusalWords(locale, theme.getEnhancedMessages(realm, locale));
    } catch (IOException cause) {
      throw new UncheckedIOException("The login theme's messages could not be read", cause);
    }
  }

  private static Locale locale(RealmModel realm, String language) {
    if (language != null && !language.isBlank()) {
      String tag = Locale.forLanguageTag(language.trim()).toLanguageTag();
      boolean offered = !realm.isInternationalizationEnabled()
          || realm.getSupportedLocalesStream().anyMatch(tag::equals);
      if (!"und".equals(tag) && offered) return Locale.forLanguageTag(tag);
    }
    String fallback = realm.getDefaultLocale();
    return fallback == null || fallback.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(fallback);
  }

  /** The message `key` with `parameters` (the attribute's name first, replaced by `displayName`). */
  String say(String key, String displayName, Object[] parameters) {
    Object[] resolved = Arrays.copyOf(parameters, parameters.length);
    if (resolved.length > 0 && displayName != null) resolved[0] = displayName;
    for (int index = 0; index < resolved.length; index++) {
      if (resolved[index] instanceof String text) resolved[index] = TemplatingUtil.resolveVariables(text, messages);
    }
    String message = TemplatingUtil.resolveVariables(messages.getProperty(key, key), messages);
    try {
      return new MessageFormat(message, locale).format(resolved);
    } catch (IllegalArgumentException notAFormat) {
      // A text whose braces MessageFormat cannot read (a realm's own text): said as it is written.
      return message;
    }
  }
}
