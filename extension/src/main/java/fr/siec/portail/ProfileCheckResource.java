package fr.siec.portail;

import fr.siec.portail.Payloads.ProfileCandidate;
import fr.siec.portail.Payloads.ProfileRefusal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * The answer lists, for each candidate in order, the refusals (none when valid), each with its
 * message key, its parameters and its words in the language `?locale=` asks (the realm's default
 * without it), as the realm's sign-in pages would say them ({@link RefusalWords}). For the operator
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

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(
      @QueryParam(ExtensionEndpoints.PROFILE_CHECK_LOCALE_PARAMETER) String locale, List<ProfileCandidate> candidates) {
    auth.users().requireManage();
    if (candidates == null) throw ErrorResponse.error("A list of accounts is expected", Response.Status.BAD_REQUEST);
    RefusalWords words = RefusalWords.of(session, realm, locale);
    List<List<ProfileRefusal>> answer = candidates.stream()
        .map(candidate -> UserProfileCheck.refusals(session, profileAttributes(candidate),
            candidate.username() == null ? null : session.users().getUserByUsername(realm, candidate.username()),
            words))
        .toList();
    // Personal data: kept by no cache.
    return Response.ok(answer).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  /** The candidate's values as the user profile reads them: its attributes, and the four it names apart. */
  private static Map<String, List<String>> profileAttributes(ProfileCandidate candidate) {
    Map<String, List<String>> all = new HashMap<>(candidate.attributes() == null ? Map.of() : candidate.attributes());
    put(all, UserModel.USERNAME, candidate.username());
    put(all, UserModel.EMAIL, candidate.email());
    put(all, UserModel.FIRST_NAME, candidate.firstName());
    put(all, UserModel.LAST_NAME, candidate.lastName());
    return all;
  }

  private static void put(Map<String, List<String>> attributes, String name, String value) {
    if (value != null) attributes.put(name, List.of(value));
  }
}
