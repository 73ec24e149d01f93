package fr.siec.portail;

/** Serves {@link ProfileCheckResource} at /admin/realms/{realm}/siec-profile-check. */
public class ProfileCheckResourceFactory extends AdminEndpointFactory {
  public ProfileCheckResourceFactory() {
    super(
        ExtensionEndpoints.PROFILE_CHECK,
        (session, realm, auth, adminEvent) -> new ProfileCheckResource(session, realm, auth));
  }
}
