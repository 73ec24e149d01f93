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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import fr.siec.portail.Payloads.AccountStatus;
import fr.siec.portail.Payloads.Establishment;
import fr.siec.portail.Payloads.EstablishmentAccount;
import fr.siec.portail.Payloads.EstablishmentAddition;
import fr.siec.portail.Payloads.EstablishmentInvitationAnswer;
import fr.siec.portail.Payloads.EstablishmentInvitationSummary;
import fr.siec.portail.Payloads.EstablishmentRefusal;
import fr.siec.portail.Payloads.EstablishmentRefused;
import fr.siec.portail.PortalMetricNames.DelegationChange;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.utils.EmailValidationUtil;

/**
 * /realms/{realm}/siec-establishment: "Mon établissement" in the account space. A compte principal
 * (user attribute {@code principal}, set by operators with {@code users principal}) lists the
 * accounts attached to each établissement it is the principal of, adds a colleague's address and
 * detaches an account. An address without an account gets one, attached, and the first-connexion
 * e-mail; an existing account is only invited by e-mail, and joins when its owner accepts, signed in
 * to "Mon compte" ({@code invitation}); an operator is never invited. The principal is answered
 * alike in every case, and sees "invitation envoyée" without names or status until the person acts;
 * an address the realm's user profile refuses is refused first, whoever has it.
 *
 * <p>Every check is here, not in the page: a bearer token of the account space's client only (no
 * cookie, so no cross-site request forgery), no request from another origin, a principal who has a
 * second factor, only the UAI codes the caller is the principal of and attached to, accounts created
 * through Keycloak's user profile, only the {@code etablissement} attribute of other accounts changed
 * (never their names, address, password, groups, roles or {@code principal}), never another
 * principal detached, nor the caller when it is the last enabled one, and a bounded number of
 * changes (additions and removals) per principal per hour. Each change is an admin event whose
 * author is the principal, or the invited person for an accepted invitation.
 */
public class EstablishmentResource {
  private static final Logger LOG = Logger.getLogger(EstablishmentResource.class.getName());
  private static final String ETABLISSEMENT = Accounts.ETABLISSEMENT_ATTRIBUTE;
  private static final String PRINCIPAL = Accounts.PRINCIPAL_ATTRIBUTE;
  private static final Pattern UAI = Pattern.compile(Accounts.UAI_PATTERN);
  private static final int MAXIMUM_EMAIL_LENGTH = 255;
  /** The user profile's refusals of an address some account has: the invitation path's, not a refusal. */
  private static final Set<String> ALREADY_TAKEN = Set.of(Messages.USERNAME_EXISTS, Messages.EMAIL_EXISTS);
  private static final int CHANGES_PER_HOUR = 30;
  private static final long HOUR_IN_SECONDS = 3600;
  private static final Set<String> SECOND_FACTORS = Set.of(OTPCredentialModel.TYPE, WebAuthnCredentialModel.TYPE_PASSWORDLESS);

  private final KeycloakSession session;
  private final RealmModel realm;

  public EstablishmentResource(KeycloakSession session) {
    this.session = session;
    this.realm = session.getContext().getRealm();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response establishments() {
    return refusedOr(() -> {
      UserModel principal = caller().getUser();
      Set<String> uais = principalOf(principal);
      if (!uais.isEmpty()) requireSecondFactor(principal);
      List<Establishment> establishments = new ArrayList<>();
      for (String uai : uais) establishments.add(new Establishment(uai, accountsOf(uai, principal)));
      return noStore(Response.ok(establishments));
    });
  }

  /** The accounts attached to the établissement, then the invitations its principals sent, by address. */
  private List<EstablishmentAccount> accountsOf(String uai, UserModel caller) {
    Map<String, EstablishmentAccount> byEmail = new TreeMap<>();
    session.users().searchForUserByUserAttributeStream(realm, ETABLISSEMENT, uai)
        .filter(user -> user.getServiceAccountClientLink() == null && user.getEmail() != null)
        .forEach(user -> byEmail.put(user.getEmail(), accountOf(user, uai, caller)));
    principalsOf(uai).flatMap(principal -> SentInvitations.of(principal, uai))
        .forEach(sent -> byEmail.putIfAbsent(sent.email(), invited(sent.email())));
    return List.copyOf(byEmail.values());
  }

  @POST
  @Path("{uai}/accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response attach(@PathParam("uai") String uai, EstablishmentAddition addition) {
    return refusedOr(() -> {
      AuthResult auth = principalCaller(uai);
      String email = checkedEmail(addition == null ? null : addition.email());
      requireAcceptedByProfile(uai, email);
      claimChange(auth.getUser());
      UserModel account = session.users().getUserByEmail(realm, email);
      if (account != null && attachedTo(account, uai)) return noStore(Response.noContent());
      long expiresAt = Time.currentTime() + (long) realm.getActionTokenGeneratedByAdminLifespan();
      // The same answer and the same list line whatever the address is: no directory to read through it.
      SentInvitations.add(auth.getUser(), uai, email, expiresAt);
      if (account == null) return create(auth, uai, email);
      if (isOperator(account)) {
        event(auth, OperationType.ACTION, account, uai).resourcePath("users", account.getId(), "siec-establishment-invitation")
            .detail("refused", "operator").success();
        PortalMetrics.delegationRefused(PortalMetricNames.OPERATOR_ADDRESS_REFUSAL);
        return noStore(Response.noContent());
      }
      return invite(auth, account, uai, expiresAt);
    });
  }

  @DELETE
  @Path("{uai}/accounts")
  @Produces(MediaType.APPLICATION_JSON)
  public Response detach(@PathParam("uai") String uai, @QueryParam("email") String address) {
    return refusedOr(() -> {
      AuthResult auth = principalCaller(uai);
      String email = checkedEmail(address);
      claimChange(auth.getUser());
      boolean withdrawn = principalsOf(uai).map(principal -> SentInvitations.remove(principal, uai, email))
          .reduce(false, Boolean::logicalOr);
      UserModel account = session.users().getUserByEmail(realm, email);
      if (account == null || !attachedTo(account, uai)) {
        // An address not attached to the établissement: the same answer whether it has an account or not.
        if (withdrawn) return noStore(Response.noContent());
        throw new Refused(404, EstablishmentRefusal.NOT_ATTACHED);
      }
      if (principalOf(account).contains(uai)) {
        if (!account.getId().equals(auth.getUser().getId())) throw new Refused(403, EstablishmentRefusal.OTHER_PRINCIPAL);
        if (principalsOf(uai).count() == 1) throw new Refused(409, EstablishmentRefusal.LAST_PRINCIPAL);
        account.setAttribute(PRINCIPAL, without(account, PRINCIPAL, uai));
      }
      account.setAttribute(ETABLISSEMENT, without(account, ETABLISSEMENT, uai));
      event(auth, OperationType.UPDATE, account, uai).success();
      PortalMetrics.delegationChanged(DelegationChange.DETACHED);
      return noStore(Response.noContent());
    });
  }

  /** The invitation an e-mailed link carries, for the invited person signed in to "Mon compte". */
  @GET
  @Path("invitation")
  @Produces(MediaType.APPLICATION_JSON)
  public Response invitation(@QueryParam(ExtensionEndpoints.INVITATION_QUERY_PARAMETER) String encoded) {
    return refusedOr(() -> {
      AuthResult auth = caller();
      Pending pending = pendingFor(auth.getUser(), encoded);
      UserModel principal = pending.principal();
      String invitedBy = names(principal).orElse(principal.getEmail());
      return noStore(Response.ok(new EstablishmentInvitationSummary(pending.invitation().uai(), invitedBy)));
    });
  }

  /** Accepts or declines an invitation, once: either way the principal's list forgets it. */
  @POST
  @Path("invitation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response answer(EstablishmentInvitationAnswer answer) {
    return refusedOr(() -> {
      AuthResult auth = caller();
      Pending pending = pendingFor(auth.getUser(), answer == null ? null : answer.invitation());
      EstablishmentInvitation invitation = pending.invitation();
      long remaining = Math.max(1, invitation.expiresAt() - Time.currentTime());
      if (!session.singleUseObjects().putIfAbsent("siec-establishment-invitation:" + invitation.id(), remaining))
        throw new Refused(410, EstablishmentRefusal.INVITATION_EXPIRED);
      SentInvitations.remove(pending.principal(), invitation.uai(), invitation.email());
      UserModel account = auth.getUser();
      if (answer.accept() && !attachedTo(account, invitation.uai())) {
        List<String> etablissements = new ArrayList<>(account.getAttributeStream(ETABLISSEMENT).toList());
        etablissements.add(invitation.uai());
        account.setAttribute(ETABLISSEMENT, etablissements);
        // A principal value left from before the account left this établissement does not come back with it.
        if (account.getAttributeStream(PRINCIPAL).anyMatch(invitation.uai()::equals))
          account.setAttribute(PRINCIPAL, without(account, PRINCIPAL, invitation.uai()));
        event(auth, OperationType.UPDATE, account, invitation.uai()).detail("invitedBy", pending.principal().getId()).success();
        PortalMetrics.delegationChanged(DelegationChange.INVITATION_ACCEPTED);
      }
      return noStore(Response.noContent());
    });
  }

  private record Pending(EstablishmentInvitation invitation, UserModel principal) {}

  /**
   * The invitation, addressed to this account and still pending: its principal still the principal
   * of the établissement, the invitation neither answered, withdrawn nor expired.
   */
  private Pending pendingFor(UserModel account, String encoded) {
    EstablishmentInvitation invitation = EstablishmentInvitation.decode(session, realm, encoded)
        .orElseThrow(() -> new Refused(410, EstablishmentRefusal.INVITATION_EXPIRED));
    if (!invitation.inviteeId().equals(account.getId()) || !invitation.email().equals(account.getEmail()))
      throw new Refused(403, EstablishmentRefusal.INVITATION_FOR_ANOTHER_ACCOUNT);
    UserModel principal = session.users().getUserById(realm, invitation.principalId());
    if (principal == null || !principal.isEnabled() || !principalOf(principal).contains(invitation.uai())
        || !SentInvitations.contains(principal, invitation.uai(), invitation.email()))
      throw new Refused(410, EstablishmentRefusal.INVITATION_EXPIRED);
    return new Pending(invitation, principal);
  }

  /** A request refused with `{"error": …}`. */
  private static final class Refused extends RuntimeException {
    final int status;
    final EstablishmentRefusal error;

    Refused(int status, EstablishmentRefusal error) {
      super(error.json(), null, false, false);
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

  /** The account an address added to the établissement makes when it has none: its address, its school. */
  private static Map<String, List<String>> newAccount(String uai, String email) {
    return Map.of(UserModel.USERNAME, List.of(email), UserModel.EMAIL, List.of(email), ETABLISSEMENT, List.of(uai));
  }

  /**
   * Refuses, before anything is done, an address (and établissement) the realm's user profile
   * refuses as the admin API would (USER_API): the account it would make, checked by Keycloak's
   * own validators. That an account has the address already is no refusal here, so the answer
   * says nothing of who has an account.
   */
  private void requireAcceptedByProfile(String uai, String email) {
    boolean refused = UserProfileCheck.refusalCodes(session, newAccount(uai, email), null).stream()
        .anyMatch(code -> !ALREADY_TAKEN.contains(code));
    if (refused) throw new Refused(400, EstablishmentRefusal.REFUSED_BY_PROFILE);
  }

  /** A new account attached to the établissement, made as the admin API makes one: through Keycloak's user profile. */
  private Response create(AuthResult auth, String uai, String email) {
    UserModel account;
    try {
      account = session.getProvider(UserProfileProvider.class)
          .create(UserProfileContext.USER_API, newAccount(uai, email))
          .create();
    } catch (ValidationException refused) {
      // Checked above: only a change of the profile, or the same address added at once, gets here.
      throw new Refused(400, EstablishmentRefusal.REFUSED_BY_PROFILE);
    }
    account.setEnabled(true);
    if (!account.hasDirectRole(realm.getDefaultRole())) account.grantRole(realm.getDefaultRole());
    event(auth, OperationType.CREATE, account, uai).success();
    PortalMetrics.delegationChanged(DelegationChange.ACCOUNT_CREATED);
    try {
      sendFirstConnexionEmail(account);
      account.setSingleAttribute(Accounts.INVITATION_ATTRIBUTE, Instant.now().toString());
      event(auth, OperationType.ACTION, account, uai).resourcePath("users", account.getId(), "execute-actions-email").success();
      return noStore(Response.noContent());
    } catch (EmailException e) {
      // The account stays, pending: operators send it again with `users invite --pending`.
      LOG.log(Level.WARNING, "First-connexion e-mail to a new account of " + uai + " not sent", e);
      account.setSingleAttribute(Accounts.INVITATION_ATTRIBUTE, Accounts.INVITATION_PENDING);
      return refusal(503, EstablishmentRefusal.MAIL_NOT_SENT);
    }
  }

  /** The e-mail that asks an existing account's owner to join: a link to "Mon compte" carrying the invitation. */
  private Response invite(AuthResult auth, UserModel account, String uai, long expiresAt) {
    EstablishmentInvitation invitation = EstablishmentInvitation.of(account, auth.getUser(), uai, expiresAt);
    String link = UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
        .path("realms").path(realm.getName()).path("account").path("establishment").path("join")
        .queryParam(ExtensionEndpoints.INVITATION_QUERY_PARAMETER, invitation.encode(session, realm))
        .build().toString();
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("link", link);
    attributes.put("expiresOn", Date.from(Instant.ofEpochSecond(expiresAt)));
    attributes.put("uai", uai);
    attributes.put("invitedBy", names(auth.getUser()).orElse(auth.getUser().getEmail()));
    // The invited person's language, not the principal's.
    attributes.put("IGNORE_ACCEPT_LANGUAGE_HEADER", "true");
    try {
      session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(account)
          .send("siecEstablishmentInvitationSubject", List.of(uai), "siec-establishment-invitation.ftl", attributes);
    } catch (EmailException e) {
      LOG.log(Level.WARNING, "Invitation to " + uai + " not sent", e);
      return refusal(503, EstablishmentRefusal.MAIL_NOT_SENT);
    }
    event(auth, OperationType.ACTION, account, uai).resourcePath("users", account.getId(), "siec-establishment-invitation").success();
    PortalMetrics.delegationChanged(DelegationChange.INVITATION_SENT);
    return noStore(Response.noContent());
  }

  /** As the admin API's execute-actions-email with UPDATE_PASSWORD, which the CLI's invitations use. */
  private void sendFirstConnexionEmail(UserModel account) throws EmailException {
    int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
    ExecuteActionsActionToken token = new ExecuteActionsActionToken(account.getId(), account.getEmail(),
        Time.currentTime() + lifespan, List.of(AccountStates.UPDATE_PASSWORD), null,
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
      throw new Refused(403, EstablishmentRefusal.FOREIGN_ORIGIN);
    AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    if (auth == null) throw new NotAuthorizedException("Bearer");
    if (!Constants.ACCOUNT_CONSOLE_CLIENT_ID.equals(auth.getToken().getIssuedFor())) throw new ForbiddenException();
    return auth;
  }

  /** The caller, principal of the établissement, with a second factor: principals are delegated administrators. */
  private AuthResult principalCaller(String uai) {
    AuthResult auth = caller();
    if (uai == null || !UAI.matcher(uai).matches()) throw new Refused(400, EstablishmentRefusal.INVALID_UAI);
    if (!principalOf(auth.getUser()).contains(uai)) throw new Refused(403, EstablishmentRefusal.NOT_PRINCIPAL);
    requireSecondFactor(auth.getUser());
    return auth;
  }

  /** An authenticator app or a passkey, which the sign-in flow then asks for (realm-config/flows.yaml). */
  private static void requireSecondFactor(UserModel principal) {
    boolean hasOne = principal.credentialManager().getStoredCredentialsStream()
        .anyMatch(credential -> SECOND_FACTORS.contains(credential.getType()));
    if (!hasOne) throw new Refused(403, EstablishmentRefusal.SECOND_FACTOR_REQUIRED);
  }

  private boolean isOperator(UserModel account) {
    RoleModel operators = realm.getRole(AccountActivity.OPERATOR_ROLE);
    return operators != null && account.hasRole(operators);
  }

  private static String checkedEmail(String email) {
    String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    if (address.isEmpty() || address.length() > MAXIMUM_EMAIL_LENGTH || !EmailValidationUtil.isValidEmail(address))
      throw new Refused(400, EstablishmentRefusal.INVALID_EMAIL);
    return address;
  }

  /** The UAI codes the account is the principal of and still attached to, sorted. */
  private static Set<String> principalOf(UserModel user) {
    return user.getAttributeStream(PRINCIPAL)
        .filter(uai -> UAI.matcher(uai).matches() && attachedTo(user, uai))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The enabled principals of the établissement: a disabled one cannot add anyone. */
  private Stream<UserModel> principalsOf(String uai) {
    return session.users().searchForUserByUserAttributeStream(realm, PRINCIPAL, uai)
        .filter(user -> user.isEnabled() && principalOf(user).contains(uai));
  }

  private static boolean attachedTo(UserModel user, String uai) {
    return user.getAttributeStream(ETABLISSEMENT).anyMatch(uai::equals);
  }

  /** An attached account; its names only once the person has set a password of their own. */
  private EstablishmentAccount accountOf(UserModel user, String uai, UserModel caller) {
    AccountStatus status = AccountStates.of(user);
    boolean acted = status != AccountStatus.INVITATION_PENDING;
    return new EstablishmentAccount(user.getEmail(), acted ? user.getFirstName() : null, acted ? user.getLastName() : null, status,
        principalOf(user).contains(uai), user.getId().equals(caller.getId()));
  }

  /** An address invited: the same line whether it has an account, is an operator's, or was refused. */
  private static EstablishmentAccount invited(String email) {
    return new EstablishmentAccount(email, null, null, AccountStatus.INVITATION_PENDING, false, false);
  }

  private static Optional<String> names(UserModel user) {
    String names = Stream.of(user.getFirstName(), user.getLastName())
        .filter(name -> name != null && !name.isBlank()).collect(Collectors.joining(" "));
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
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
    throw new Refused(429, EstablishmentRefusal.TOO_MANY_CHANGES);
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

  private static Response refusal(int status, EstablishmentRefusal error) {
    PortalMetrics.delegationRefused(error.json());
    return noStore(Response.status(status).type(MediaType.APPLICATION_JSON).entity(new EstablishmentRefused(error)));
  }

  /** Personal data: kept by no cache, shared or the browser's. */
  private static Response noStore(Response.ResponseBuilder response) {
    return response.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  private static String originOf(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
