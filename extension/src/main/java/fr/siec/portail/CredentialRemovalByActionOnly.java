package fr.siec.portail;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A second factor (authenticator app, passkey, security key) is removed only through Keycloak's
 * application-initiated action {@code kc_action=delete_credential:<id>}, which asks the person to
 * sign in again (realm-config/required-actions.yaml: its maximum age of authentication is 0 s) and
 * to confirm. The Account REST API's {@code DELETE …/account/credentials/{id}} (deprecated by
 * Keycloak) would remove it with the account space's token alone, which a script in the page or
 * anyone at an unattended browser holds: it is refused here, before Keycloak's resource runs.
 */
@Provider
public class CredentialRemovalByActionOnly implements ContainerRequestFilter {
  static final String REFUSAL = "credential_removal_needs_reauthentication";
  private static final Pattern CREDENTIAL =
      Pattern.compile("^/?realms/[^/]+/account/(?:v\\d[0-9a-zA-Z_-]*/)?credentials/[^/]+/?$");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"DELETE".equalsIgnoreCase(request.getMethod())) return;
    if (!CREDENTIAL.matcher(request.getUriInfo().getPath()).matches()) return;
    request.abortWith(
        Response.status(Response.Status.METHOD_NOT_ALLOWED)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("error", REFUSAL))
            .build());
  }
}
