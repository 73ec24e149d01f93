package fr.siec.portail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import fr.siec.portail.Payloads.DirectoryAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * GET /admin/realms/{realm}/siec-directory: every account of the realm (service accounts excepted)
 * with its attributes, its top-level groups and its status (AccountStates), for the operator CLI's `users import`, which reads
 * them all before it compares them with a file.
 *
 * <p>Why it exists: the standard listing (GET /users?briefRepresentation=false) builds each user's
 * full representation through the user model and its user profile, about 2 ms of server CPU per
 * user with a cold cache (20 s for 10,000). Three queries on the user tables give the same data in
 * a fraction of that. It reads the tables directly, so it only suits users stored by Keycloak
 * itself (no LDAP or other user federation), which is how the portal stores them.
 *
 * <p>Who may call it: whoever may view all the realm's users (the `view-users` role), as for the
 * standard listing.
 */
public class DirectoryResource {
  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;

  public DirectoryResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response directory() {
    auth.users().requireView();
    EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    Map<String, Map<String, List<String>>> attributes = new HashMap<>();
    // A value longer than 255 characters is kept in longValue, the other column then being null.
    for (Object[] row : rows(em,
        "select a.user.id, a.name, coalesce(a.value, a.longValue) from UserAttributeEntity a"
            + " where a.user.realmId = :realm").getResultList()) {
      attributes.computeIfAbsent((String) row[0], id -> new HashMap<>())
          .computeIfAbsent((String) row[1], name -> new ArrayList<>()).add((String) row[2]);
    }
    Map<String, List<String>> groups = new HashMap<>();
    // Top-level groups only (type 0: organizations' groups are type 1), as the CLI manages them.
    for (Object[] row : rows(em,
        "select m.user.id, g.name from UserGroupMembershipEntity m, GroupEntity g"
            + " where g.id = m.groupId and g.realm = :realm and g.parentId = :top and g.type = 0 order by g.name")
        .setParameter("top", GroupEntity.TOP_PARENT_ID).getResultList()) {
      groups.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]);
    }
    Set<String> withPassword = userIds(em, "select distinct c.user.id from CredentialEntity c"
        + " where c.user.realmId = :realm and c.type = :fact", PasswordCredentialModel.TYPE);
    Set<String> mustUpdatePassword = userIds(em, "select r.user.id from UserRequiredActionEntity r"
        + " where r.user.realmId = :realm and r.action = :fact", AccountStates.UPDATE_PASSWORD);

    List<DirectoryAccount> accounts = new ArrayList<>();
    for (Object[] row : rows(em,
        "select u.id, u.email, u.firstName, u.lastName, u.enabled, u.createdTimestamp from UserEntity u"
            + " where u.realmId = :realm and u.serviceAccountClientLink is null order by u.id").getResultList()) {
      String id = (String) row[0];
      boolean enabled = (Boolean) row[4];
      accounts.add(new DirectoryAccount(id, (String) row[1], (String) row[2], (String) row[3], enabled,
          AccountStates.of(enabled, withPassword.contains(id), mustUpdatePassword.contains(id)), (Long) row[5],
          attributes.getOrDefault(id, Map.of()), groups.getOrDefault(id, List.of())));
    }
    // Every account's personal data: kept by no cache, shared or the operator's.
    return Response.ok(accounts).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  /** The ids of the realm's users a query selects, given its `:fact` parameter. */
  private Set<String> userIds(EntityManager em, String jpql, String fact) {
    return new HashSet<>(em.createQuery(jpql, String.class).setParameter("realm", realm.getId()).setParameter("fact", fact)
        .setFlushMode(FlushModeType.COMMIT).getResultList());
  }

  private TypedQuery<Object[]> rows(EntityManager em, String jpql) {
    // Nothing was changed in this request: no flush before each query.
    return em.createQuery(jpql, Object[].class).setParameter("realm", realm.getId()).setFlushMode(FlushModeType.COMMIT);
  }
}
