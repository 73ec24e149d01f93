package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Serves {@link DirectoryResource} at /admin/realms/{realm}/siec-directory. */
public class DirectoryResourceFactory extends AdminEndpointFactory {
  public static final String ID = ExtensionEndpoints.DIRECTORY;

  @Override
  public Object getResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
    return new DirectoryResource(session, realm, auth);
  }

  @Override
  public String getId() {
    return ID;
  }
}
