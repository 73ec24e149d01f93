package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * A factory of an endpoint under /admin/realms/{realm}/{id}: stateless, one instance serves every
 * request. Each endpoint names its id and how its resource is made for one request.
 */
public abstract class AdminEndpointFactory
    implements AdminRealmResourceProviderFactory,
        StatelessProviderFactory<AdminRealmResourceProvider>,
        AdminRealmResourceProvider {
  /** The endpoint's resource for one request. */
  @FunctionalInterface
  protected interface Resource {
    Object of(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent);
  }

  private final String id;
  private final Resource resource;

  protected AdminEndpointFactory(String id, Resource resource) {
    this.id = id;
    this.resource = resource;
  }

  @Override
  public Object getResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
    return resource.of(session, realm, auth, adminEvent);
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return this;
  }

  @Override
  public void close() {}
}
