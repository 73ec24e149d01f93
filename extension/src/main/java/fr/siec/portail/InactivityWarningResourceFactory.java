package fr.siec.portail;

/** Serves {@link InactivityWarningResource} at /admin/realms/{realm}/siec-inactivity-warning. */
public class InactivityWarningResourceFactory extends AdminEndpointFactory {
  public InactivityWarningResourceFactory() {
    super(ExtensionEndpoints.INACTIVITY_WARNING, InactivityWarningResource::new);
  }
}
