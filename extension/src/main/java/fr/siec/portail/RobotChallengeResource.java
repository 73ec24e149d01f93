package fr.siec.portail;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * GET /realms/{realm}/siec-robot-challenge: a new "Je ne suis pas un robot" challenge, which the
 * sign-in and password-request pages solve while the person types ({@link RobotCheck}).
 */
public class RobotChallengeResource {
  private final KeycloakSession session;

  public RobotChallengeResource(KeycloakSession session) {
    this.session = session;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response challenge() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(RobotCheck.newChallenge(session)).cacheControl(noStore).build();
  }
}
