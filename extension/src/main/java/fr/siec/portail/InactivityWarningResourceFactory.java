package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Serves {@link InactivityWarningResource} at /admin/realms/{realm}/siec-inactivity-warning. */
public class InactivityWarningResourceFactory extends AdminEndpointFactory {
  public static final String ID = ExtensionEndpoints.INACTIVITY_WARNING;

  @Override
  public Object getResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
    return new InactivityWarningResource(session, realm, auth, adminEvent);
  }

  @Override
  public String getId() {
    return ID;
  }
}
