package fr.siec.portail;

import java.util.function.Function;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Keycloak's REST layer needs each endpoint in a class of its own, not the provider itself. */
public class SessionResourceProvider implements RealmResourceProvider {
  private final KeycloakSession session;
  private final Function<KeycloakSession, Object> resource;

  public SessionResourceProvider(KeycloakSession session, Function<KeycloakSession, Object> resource) {
    this.session = session;
    this.resource = resource;
  }

  @Override
  public Object getResource() {
    return resource.apply(session);
  }

  @Override
  public void close() {}
}
