package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

public class MyAppsResourceFactory
    implements RealmResourceProviderFactory, StatelessProviderFactory<RealmResourceProvider> {
  public static final String ID = ExtensionEndpoints.MY_APPS;

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new SessionResourceProvider(session, MyAppsResource::new);
  }

  @Override
  public String getId() {
    return ID;
  }
}
