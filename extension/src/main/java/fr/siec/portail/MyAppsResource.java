package fr.siec.portail;

import fr.siec.portail.Payloads.MyApp;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.util.ResolveRelative;

/**
 * GET /realms/{realm}/siec-my-apps: the SIEC apps the signed-in person may use, for "Mes
 * applications" in the account space. An app is opened to an account by a group holding one of the
 * app's client roles (realm-config/groups.yaml), so the list is the enabled clients that the
 * account's groups, and their parent groups, give a role of. Default roles (Keycloak's own account
 * clients) do not come from a group and are not listed.
 *
 * <p>Who may call it: the person, with an access token of the account space's client
 * (account-console); it lists only that person's apps, with what their sign-in pages already show.
 */
public class MyAppsResource {
  private final KeycloakSession session;

  public MyAppsResource(KeycloakSession session) {
    this.session = session;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response apps() {
    AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    if (auth == null) throw new NotAuthorizedException("Bearer");
    if (!Constants.ACCOUNT_CONSOLE_CLIENT_ID.equals(auth.getToken().getIssuedFor())) throw new ForbiddenException();
    Map<String, ClientModel> clients = new TreeMap<>();
    groupsWithParents(auth.getUser())
        .flatMap(GroupModel::getRoleMappingsStream)
        .filter(RoleModel::isClientRole)
        .map(role -> (ClientModel) role.getContainer())
        .filter(ClientModel::isEnabled)
        .forEach(client -> clients.putIfAbsent(client.getClientId(), client));
    List<MyApp> apps = clients.values().stream().sorted(Comparator.comparing(MyAppsResource::nameOf)).map(this::appOf).toList();
    // The person's own: kept by no cache, shared or the browser's.
    return Response.ok(apps).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  private static Stream<GroupModel> groupsWithParents(UserModel user) {
    return user.getGroupsStream().flatMap(group -> Stream.iterate(group, g -> g != null, GroupModel::getParent)).distinct();
  }

  private MyApp appOf(ClientModel client) {
    return new MyApp(client.getClientId(), nameOf(client), setOrNull(client.getDescription()),
        setOrNull(ResolveRelative.resolveRelativeUri(session, client.getRootUrl(), client.getBaseUrl())),
        setOrNull(client.getAttribute(ClientAttributes.HELP_GUIDE_URL)));
  }

  private static String nameOf(ClientModel client) {
    String name = client.getName();
    return name == null || name.isBlank() ? client.getClientId() : name;
  }

  private static String setOrNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
