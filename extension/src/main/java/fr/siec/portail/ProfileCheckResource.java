package fr.siec.portail;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorResponse;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * POST /admin/realms/{realm}/siec-profile-check with a list of candidate accounts: each checked by
 * the realm's user profile ({@link UserProfileCheck}), in one request for many, writing nothing.
 * The answer lists, for each candidate in order, the refusals (none when valid). For the operator
 * CLI's `users import`, whose partial import skips the user profile (Keycloak #52310): the rows are
 * checked by the server's own rules before any is written. A candidate whose username is an
 * account's is checked as that account's update (its own address is then no duplicate).
 *
 * <p>Who may call it: whoever may manage the realm's users (the `manage-users` role), as for
 * writing them.
 */
public class ProfileCheckResource {
  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;

  public ProfileCheckResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
  }

  /** An account as it would be written (contract/src/profile-check.ts ProfileCandidate). */
  public record Candidate(
      String username, String email, String firstName, String lastName, Map<String, List<String>> attributes) {
    Map<String, List<String>> profileAttributes() {
      Map<String, List<String>> all = new HashMap<>(attributes == null ? Map.of() : attributes);
      put(all, UserModel.USERNAME, username);
      put(all, UserModel.EMAIL, email);
      put(all, UserModel.FIRST_NAME, firstName);
      put(all, UserModel.LAST_NAME, lastName);
      return all;
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
      if (value != null) attributes.put(name, List.of(value));
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(List<Candidate> candidates) {
    auth.users().requireManage();
    if (candidates == null) throw ErrorResponse.error("A list of accounts is expected", Response.Status.BAD_REQUEST);
    List<List<UserProfileCheck.Refusal>> answer = candidates.stream()
        .map(candidate -> UserProfileCheck.refusals(session, candidate.profileAttributes(),
            candidate.username() == null ? null : session.users().getUserByUsername(realm, candidate.username())))
        .toList();
    // Personal data: kept by no cache.
    return Response.ok(answer).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }
}
