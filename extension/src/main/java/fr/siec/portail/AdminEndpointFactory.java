package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** A factory of an endpoint under /admin/realms/{realm}/: stateless, one instance serves every request. */
public abstract class AdminEndpointFactory
    implements AdminRealmResourceProviderFactory,
        StatelessProviderFactory<AdminRealmResourceProvider>,
        AdminRealmResourceProvider {
  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return this;
  }

  @Override
  public void close() {}
}
