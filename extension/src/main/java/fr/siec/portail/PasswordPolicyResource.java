package fr.siec.portail;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import fr.siec.portail.Payloads.PasswordPolicyAnswer;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;

/**
 * GET /realms/{realm}/siec-password-policy: the realm's password policy string. Keycloak gives its
 * pages the policy without its regexPattern part; the theme reads the whole policy here, so the
 * rules it shows are the rules the server enforces. The policy is no secret: the page lists it.
 */
public class PasswordPolicyResource {
  private final KeycloakSession session;

  public PasswordPolicyResource(KeycloakSession session) {
    this.session = session;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public PasswordPolicyAnswer policy() {
    PasswordPolicy policy = session.getContext().getRealm().getPasswordPolicy();
    String written = policy == null ? null : policy.toString();
    return new PasswordPolicyAnswer(written == null ? "" : written);
  }
}
