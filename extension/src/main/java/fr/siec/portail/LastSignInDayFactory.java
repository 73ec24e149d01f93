package fr.siec.portail;

import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/** The event listener `siec-last-sign-in`, enabled on the realm by realm.yaml `events.listeners`. */
public class LastSignInDayFactory
    implements EventListenerProviderFactory, StatelessProviderFactory<EventListenerProvider> {
  public static final String ID = "siec-last-sign-in";

  @Override
  public EventListenerProvider create(KeycloakSession session) {
    return new LastSignInDay(session);
  }

  @Override
  public String getId() {
    return ID;
  }
}
