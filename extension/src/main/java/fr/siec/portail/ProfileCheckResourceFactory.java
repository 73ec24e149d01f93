package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Serves {@link ProfileCheckResource} at /admin/realms/{realm}/siec-profile-check. */
public class ProfileCheckResourceFactory extends AdminEndpointFactory {
  public static final String ID = ExtensionEndpoints.PROFILE_CHECK;

  @Override
  public Object getResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
    return new ProfileCheckResource(session, realm, auth);
  }

  @Override
  public String getId() {
    return ID;
  }
}
