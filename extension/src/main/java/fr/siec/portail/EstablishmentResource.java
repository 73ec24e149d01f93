package fr.siec.portail;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.utils.EmailValidationUtil;

/**
 * /realms/{realm}/siec-establishment: "Mon établissement" in the account space. A compte principal
 * (user attribute {@code principal}, set by operators with {@code users principal}) lists the
 * accounts attached to each établissement it is the principal of, attaches an address (creating
 * the account, with the realm's default role and the first-connexion e-mail, when there is none)
 * and detaches one.
 *
 * <p>Every check is here, not in the page: a bearer token of the account space's client only (no
 * cookie, so no cross-site request forgery), no request from another origin, only the UAI codes
 * the caller is the principal of and attached to, only the {@code etablissement} attribute of other
 * accounts (never their names, address, password, groups, roles or {@code principal}), never another
 * principal detached, nor the caller when it is the last enabled one, and a bounded number of
 * changes (additions and removals) per principal per hour. Each change is an admin event whose
 * author is the principal.
 */
public class EstablishmentResource {
  private static final Logger LOG = Logger.getLogger(EstablishmentResource.class.getName());
  private static final String ETABLISSEMENT = ExtensionEndpoints.ETABLISSEMENT_USER_ATTRIBUTE;
  private static final String PRINCIPAL = ExtensionEndpoints.PRINCIPAL_USER_ATTRIBUTE;
  private static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
  private static final int MAXIMUM_EMAIL_LENGTH = 255;
  private static final int CHANGES_PER_HOUR = 30;
  private static final long HOUR_IN_SECONDS = 3600;

  private final KeycloakSession session;
  private final RealmModel realm;

  public EstablishmentResource(KeycloakSession session) {
    this.session = session;
    this.realm = session.getContext().getRealm();
  }

  /** One account as the principal sees it: contract/src/establishment.ts EstablishmentAccount. */
  public record Account(String email, String firstName, String lastName, String status, boolean principal, boolean self) {}

  public record Establishment(String uai, List<Account> accounts) {}

  public record Addition(String email) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response establishments() {
    return refusedOr(() -> {
      UserModel principal = caller().getUser();
      List<Establishment> establishments = new ArrayList<>();
      for (String uai : principalOf(principal)) {
        List<Account> accounts = session.users().searchForUserByUserAttributeStream(realm, ETABLISSEMENT, uai)
            .filter(user -> user.getServiceAccountClientLink() == null && user.getEmail() != null)
            .map(user -> accountOf(user, uai, principal))
            .sorted(Comparator.comparing(Account::email))
            .toList();
        establishments.add(new Establishment(uai, accounts));
      }
      return Response.ok(establishments).build();
    });
  }

  @POST
  @Path("{uai}/accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response attach(@PathParam("uai") String uai, Addition addition) {
    return refusedOr(() -> {
      AuthResult auth = caller();
      requirePrincipalOf(auth.getUser(), uai);
      String email = checkedEmail(addition == null ? null : addition.email());
      claimChange(auth.getUser());
      UserModel account = session.users().getUserByEmail(realm, email);
      if (account == null) return create(auth, uai, email);
      if (!attachedTo(account, uai)) {
        List<String> etablissements = new ArrayList<>(account.getAttributeStream(ETABLISSEMENT).toList());
        etablissements.add(uai);
        account.setAttribute(ETABLISSEMENT, etablissements);
        // A principal value left from before the account left this établissement does not come back with it.
        if (account.getAttributeStream(PRINCIPAL).anyMatch(uai::equals))
          account.setAttribute(PRINCIPAL, without(account, PRINCIPAL, uai));
        event(auth, OperationType.UPDATE, account, uai).success();
      }
      return Response.noContent().build();
    });
  }

  @DELETE
  @Path("{uai}/accounts")
  @Produces(MediaType.APPLICATION_JSON)
  public Response detach(@PathParam("uai") String uai, @QueryParam("email") String address) {
    return refusedOr(() -> {
      AuthResult auth = caller();
      requirePrincipalOf(auth.getUser(), uai);
      String email = checkedEmail(address);
      claimChange(auth.getUser());
      UserModel account = session.users().getUserByEmail(realm, email);
      // An address not attached to the établissement: the same answer whether it has an account or not.
      if (account == null || !attachedTo(account, uai)) throw new Refused(404, "not-attached");
      if (principalOf(account).contains(uai)) {
        if (!account.getId().equals(auth.getUser().getId())) throw new Refused(403, "other-principal");
        if (principalsOf(uai) == 1) throw new Refused(409, "last-principal");
        account.setAttribute(PRINCIPAL, without(account, PRINCIPAL, uai));
      }
      account.setAttribute(ETABLISSEMENT, without(account, ETABLISSEMENT, uai));
      event(auth, OperationType.UPDATE, account, uai).success();
      return Response.noContent().build();
    });
  }

  /** A request refused with `{"error": …}` (contract/src/establishment.ts EstablishmentRefusal). */
  private static final class Refused extends RuntimeException {
    final int status;
    final String error;

    Refused(int status, String error) {
      super(error, null, false, false);
      this.status = status;
      this.error = error;
    }
  }

  private static Response refusedOr(Supplier<Response> handler) {
    try {
      return handler.get();
    } catch (Refused refused) {
      return refusal(refused.status, refused.error);
    }
  }

  private static List<String> without(UserModel account, String attribute, String uai) {
    return account.getAttributeStream(attribute).filter(code -> !code.equals(uai)).toList();
  }

  private Response create(AuthResult auth, String uai, String email) {
    UserModel account = session.users().addUser(realm, email);
    account.setEmail(email);
    account.setEnabled(true);
    account.setAttribute(ETABLISSEMENT, List.of(uai));
    if (!account.hasDirectRole(realm.getDefaultRole())) account.grantRole(realm.getDefaultRole());
    event(auth, OperationType.CREATE, account, uai).success();
    try {
      sendFirstConnexionEmail(account);
      account.setSingleAttribute(ExtensionEndpoints.INVITATION_USER_ATTRIBUTE, Instant.now().toString());
      event(auth, OperationType.ACTION, account, uai).resourcePath("users", account.getId(), "execute-actions-email").success();
      return Response.noContent().build();
    } catch (EmailException e) {
      // The account stays, pending: operators send it again with `users invite --pending`.
      LOG.log(Level.WARNING, "First-connexion e-mail to a new account of " + uai + " not sent", e);
      account.setSingleAttribute(ExtensionEndpoints.INVITATION_USER_ATTRIBUTE, ExtensionEndpoints.INVITATION_PENDING);
      return refusal(503, "mail-not-sent");
    }
  }

  /** As the admin API's execute-actions-email with UPDATE_PASSWORD, which the CLI's invitations use. */
  private void sendFirstConnexionEmail(UserModel account) throws EmailException {
    int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
    ExecuteActionsActionToken token = new ExecuteActionsActionToken(account.getId(), account.getEmail(),
        Time.currentTime() + lifespan, List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name()), null,
        Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
    String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
        .queryParam("key", token.serialize(session, realm, session.getContext().getUri()))
        .build(realm.getName())
        .toString();
    session.getProvider(EmailTemplateProvider.class)
        .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, token.getRequiredActions())
        .setRealm(realm)
        .setUser(account)
        .sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(lifespan));
  }

  /** The caller, signed in to the account space from the portal's own origin; refused otherwise. */
  private AuthResult caller() {
    String origin = session.getContext().getRequestHeaders().getHeaderString("Origin");
    if (origin != null && !origin.equals(originOf(session.getContext().getUri().getBaseUri())))
      throw new Refused(403, "foreign-origin");
    AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    if (auth == null) throw new NotAuthorizedException("Bearer");
    if (!Constants.ACCOUNT_CONSOLE_CLIENT_ID.equals(auth.getToken().getIssuedFor())) throw new ForbiddenException();
    return auth;
  }

  private void requirePrincipalOf(UserModel principal, String uai) {
    if (uai == null || !UAI.matcher(uai).matches()) throw new Refused(400, "invalid-uai");
    if (!principalOf(principal).contains(uai)) throw new Refused(403, "not-principal");
  }

  private static String checkedEmail(String email) {
    String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    if (address.isEmpty() || address.length() > MAXIMUM_EMAIL_LENGTH || !EmailValidationUtil.isValidEmail(address))
      throw new Refused(400, "invalid-email");
    return address;
  }

  /** The UAI codes the account is the principal of and still attached to, sorted. */
  private static Set<String> principalOf(UserModel user) {
    return user.getAttributeStream(PRINCIPAL)
        .filter(uai -> UAI.matcher(uai).matches() && attachedTo(user, uai))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The enabled principals of the établissement: a disabled one cannot add anyone. */
  private long principalsOf(String uai) {
    return session.users().searchForUserByUserAttributeStream(realm, PRINCIPAL, uai)
        .filter(user -> user.isEnabled() && principalOf(user).contains(uai))
        .count();
  }

  private static boolean attachedTo(UserModel user, String uai) {
    return user.getAttributeStream(ETABLISSEMENT).anyMatch(uai::equals);
  }

  private Account accountOf(UserModel user, String uai, UserModel caller) {
    return new Account(user.getEmail(), user.getFirstName(), user.getLastName(), statusOf(user),
        principalOf(user).contains(uai), user.getId().equals(caller.getId()));
  }

  /** Disabled; invitation pending until the person set a password of their own (none yet, or a temporary one); else active. */
  private static String statusOf(UserModel user) {
    if (!user.isEnabled()) return "disabled";
    boolean hasPassword = user.credentialManager().getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE).findAny().isPresent();
    boolean mustSetPassword = user.getRequiredActionsStream().anyMatch(UserModel.RequiredAction.UPDATE_PASSWORD.name()::equals);
    return hasPassword && !mustSetPassword ? "active" : "invitation-pending";
  }

  /**
   * Takes one of the principal's change slots for the hour, or refuses: single-use entries that
   * expire after an hour, shared by every node of the cluster (as the reset e-mail's limit).
   */
  private void claimChange(UserModel principal) {
    String prefix = "siec-principal-change:" + realm.getId() + ":" + principal.getId() + ":";
    for (int slot = 0; slot < CHANGES_PER_HOUR; slot++) {
      if (session.singleUseObjects().putIfAbsent(prefix + slot, HOUR_IN_SECONDS)) return;
    }
    throw new Refused(429, "too-many-changes");
  }

  /** An admin event on the account, whose author is the principal (its token and client), naming the UAI. */
  private AdminEventBuilder event(AuthResult auth, OperationType operation, UserModel account, String uai) {
    AdminAuth author = new AdminAuth(realm, auth.getToken(), auth.getUser(), auth.getClient());
    return new AdminEventBuilder(realm, author, session, session.getContext().getConnection())
        .authUser(auth.getUser())
        .operation(operation)
        .resource(ResourceType.USER)
        .resourcePath("users", account.getId())
        .detail(ETABLISSEMENT, uai);
  }

  private static Response refusal(int status, String error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", error)).build();
  }

  private static String originOf(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
