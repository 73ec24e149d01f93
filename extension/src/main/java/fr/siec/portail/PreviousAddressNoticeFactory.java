package fr.siec.portail;

import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/** The event listener `siec-previous-address`, enabled on the realm by realm.yaml `events.listeners`. */
public class PreviousAddressNoticeFactory
    implements EventListenerProviderFactory, StatelessProviderFactory<EventListenerProvider> {
  public static final String ID = "siec-previous-address";

  @Override
  public EventListenerProvider create(KeycloakSession session) {
    return new PreviousAddressNotice(session);
  }

  @Override
  public String getId() {
    return ID;
  }
}
