package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Serves {@link DirectoryResource} at /admin/realms/{realm}/siec-directory. Stateless: one instance serves every request. */
public class DirectoryResourceFactory
    implements AdminRealmResourceProviderFactory,
        StatelessProviderFactory<AdminRealmResourceProvider>,
        AdminRealmResourceProvider {
  public static final String ID = ExtensionEndpoints.DIRECTORY;

  @Override
  public Object getResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
    return new DirectoryResource(session, realm, auth);
  }

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return this;
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return ID;
  }
}
