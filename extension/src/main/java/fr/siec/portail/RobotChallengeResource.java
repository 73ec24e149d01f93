package fr.siec.portail;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.sessions.RootAuthenticationSessionModel;

/**
 * GET /realms/{realm}/siec-robot-challenge: a new "Je ne suis pas un robot" challenge for the
 * browser's sign-in session (its AUTH_SESSION_ID cookie), which the sign-in and password-request
 * pages solve while the person types ({@link RobotCheck}). Without a sign-in session, none: 400.
 * {@code ?username=}: the address the form will post, whose failures the cost then counts too.
 */
public class RobotChallengeResource {
  static final String NO_SESSION = "no_sign_in_session";
  private final KeycloakSession session;

  public RobotChallengeResource(KeycloakSession session) {
    this.session = session;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response challenge(@QueryParam("username") String username) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    RootAuthenticationSessionModel root =
        new AuthenticationSessionManager(session).getCurrentRootAuthenticationSession(session.getContext().getRealm());
    if (root == null)
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Map.of("error", NO_SESSION))
          .cacheControl(noStore)
          .build();
    return Response.ok(RobotCheck.newChallenge(session, root.getId(), username)).cacheControl(noStore).build();
  }
}
