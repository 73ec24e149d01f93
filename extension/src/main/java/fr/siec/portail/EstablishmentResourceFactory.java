package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

public class EstablishmentResourceFactory
    implements RealmResourceProviderFactory, StatelessProviderFactory<RealmResourceProvider> {
  public static final String ID = ExtensionEndpoints.ESTABLISHMENT;

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new SessionResourceProvider(session, EstablishmentResource::new);
  }

  @Override
  public String getId() {
    return ID;
  }
}
