package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Keycloak's REST layer needs the endpoint in a class of its own, not the provider itself. */
public class PasswordPolicyResourceProvider implements RealmResourceProvider {
  private final KeycloakSession session;

  public PasswordPolicyResourceProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public Object getResource() {
    return new PasswordPolicyResource(session);
  }

  @Override
  public void close() {}
}
