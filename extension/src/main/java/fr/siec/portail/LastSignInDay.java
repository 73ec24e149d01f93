package fr.siec.portail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.keycloak.common.util.Time;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Records the day a person signs in (LOGIN) in the user attribute `derniereConnexion`, for the
 * operators' `users … --inactive-since`: the CNIL asks that accounts unused for long be removed.
 *
 * <p>At most one write per account per day: the stored day is compared first, and an account
 * already holding today, or a later day, is left alone (a write would invalidate the account in
 * every cluster node's cache). A later day is kept because the nodes' clocks may differ around
 * midnight: they must not take turns rewriting it. The day is the SIEC's (Europe/Paris), whatever
 * zone the server runs in. It is written in the sign-in's own transaction, as Keycloak's listeners
 * see the event before the commit (a job of its own after the commit made the sign-in answer 500 in the tests).
 */
public class LastSignInDay implements EventListenerProvider {
  private static final ZoneId SIEC_ZONE = ZoneId.of(AccountActivity.SIGN_IN_DAY_TIME_ZONE);

  private final KeycloakSession session;

  LastSignInDay(KeycloakSession session) {
    this.session = session;
  }

  /** Today in the SIEC's zone, by Keycloak's clock (which tests may offset). */
  static String today() {
    return today(SIEC_ZONE).toString();
  }

  static LocalDate today(ZoneId zone) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(Time.currentTimeMillis()), zone);
  }

  /** True when `stored` (YYYY-MM-DD, null or unreadable) is not `today` or a later day. */
  static boolean isOlder(String stored, String today) {
    try {
      return stored == null || LocalDate.parse(stored).isBefore(LocalDate.parse(today));
    } catch (DateTimeParseException unreadable) {
      return true;
    }
  }

  @Override
  public void onEvent(Event event) {
    if (event.getType() != EventType.LOGIN || event.getUserId() == null) return;
    RealmModel realm = session.realms().getRealm(event.getRealmId());
    UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
    String today = today();
    if (user != null && isOlder(user.getFirstAttribute(AccountActivity.LAST_SIGN_IN_DAY_ATTRIBUTE), today)) {
      user.setSingleAttribute(AccountActivity.LAST_SIGN_IN_DAY_ATTRIBUTE, today);
    }
  }

  @Override
  public void onEvent(AdminEvent event, boolean includeRepresentation) {}

  @Override
  public void close() {}
}
