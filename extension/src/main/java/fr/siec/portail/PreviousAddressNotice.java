package fr.siec.portail;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerTransaction;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * Tells an account's previous address that it was replaced (UPDATE_EMAIL, once the new address is
 * confirmed): Keycloak's own `email` listener writes to the account's address, by then the new one,
 * which is the intruder's when the change was not the person's. Sent once the change is committed,
 * as Keycloak's listener does, with the e-mail theme's event-update_email.ftl.
 */
public class PreviousAddressNotice implements EventListenerProvider {
  private static final Logger LOG = Logger.getLogger(PreviousAddressNotice.class.getName());

  private final KeycloakSession session;
  private final EventListenerTransaction afterCommit = new EventListenerTransaction(null, this::send);

  PreviousAddressNotice(KeycloakSession session) {
    this.session = session;
    session.getTransactionManager().enlistAfterCompletion(afterCommit);
  }

  @Override
  public void onEvent(Event event) {
    if (event.getType() == EventType.UPDATE_EMAIL && event.getUserId() != null && previousAddress(event) != null) {
      afterCommit.addEvent(event);
    }
  }

  private static String previousAddress(Event event) {
    return event.getDetails() == null ? null : event.getDetails().get(Details.PREVIOUS_EMAIL);
  }

  private void send(Event event) {
    HttpRequest request = session.getContext().getHttpRequest();
    KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), mailing -> {
      RealmModel realm = mailing.realms().getRealm(event.getRealmId());
      mailing.getContext().setRealm(realm);
      mailing.getContext().setHttpRequest(request);
      UserModel user = mailing.users().getUserById(realm, event.getUserId());
      if (user == null) return;
      String previous = previousAddress(event);
      UserModel atPreviousAddress = new UserModelDelegate(user) {
        @Override
        public String getEmail() {
          return previous;
        }
      };
      try {
        mailing.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(atPreviousAddress).sendEvent(event);
      } catch (EmailException e) {
        LOG.log(Level.SEVERE, "The notice of an address change to the previous address of user " + user.getId() + " was not sent", e);
      }
    });
  }

  @Override
  public void onEvent(AdminEvent event, boolean includeRepresentation) {}

  @Override
  public void close() {}
}
