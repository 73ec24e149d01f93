package fr.siec.portail;

/** Serves {@link DirectoryResource} at /admin/realms/{realm}/siec-directory. */
public class DirectoryResourceFactory extends AdminEndpointFactory {
  public DirectoryResourceFactory() {
    super(
        ExtensionEndpoints.DIRECTORY,
        (session, realm, auth, adminEvent) -> new DirectoryResource(session, realm, auth));
  }
}
