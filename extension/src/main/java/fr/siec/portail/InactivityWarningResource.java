package fr.siec.portail;

import fr.siec.portail.Payloads.InactivityWarning;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorResponse;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * POST /admin/realms/{realm}/siec-inactivity-warning/{user id} with {"disableOn": "YYYY-MM-DD"}:
 * tells the person, by the e-mail theme's siec-inactivity-warning.ftl in their language, that
 * their unused account will be disabled on that day unless they sign in once before it, then
 * records when (user attribute `avertissementInactivite`, an ISO instant), for the operator CLI's
 * `users disable --inactive-since … --warn …`. The e-mail is sent by the server, with the realm's
 * mail settings, as Keycloak's own are; nothing is recorded when it could not be sent, so that a
 * run of the CLI tries it again. An admin event (ACTION on the user) keeps who warned whom.
 *
 * <p>Who may call it: whoever may manage the user (the `manage-users` role), as for changing it.
 */
public class InactivityWarningResource {
  private static final Logger LOG = Logger.getLogger(InactivityWarningResource.class.getName());
  private static final ZoneId SIEC_ZONE = ZoneId.of(AccountActivity.SIGN_IN_DAY_TIME_ZONE);
  static final String TEMPLATE = "siec-inactivity-warning.ftl";
  static final String SUBJECT = "siecInactivityWarningSubject";

  private final KeycloakSession session;
  private final RealmModel realm;
  private final AdminPermissionEvaluator auth;
  private final AdminEventBuilder adminEvent;

  public InactivityWarningResource(
      KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
    this.session = session;
    this.realm = realm;
    this.auth = auth;
    this.adminEvent = adminEvent;
  }

  @POST
  @Path("{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response warn(@PathParam("userId") String userId, InactivityWarning warning) {
    UserModel user = session.users().getUserById(realm, userId);
    if (user == null) {
      auth.users().requireManage();
      throw new NotFoundException("No such user");
    }
    auth.users().requireManage(user);
    LocalDate disableOn = dayAfterToday(warning);
    if (user.getEmail() == null || !user.isEnabled()) {
      throw ErrorResponse.error("Only an enabled account with an e-mail address is warned", Response.Status.BAD_REQUEST);
    }
    try {
      // Keycloak adds to the attributes (its locale…): a map it may change. The person's language,
      // not the operator's: the CLI's Accept-Language is ignored.
      Map<String, Object> attributes = new HashMap<>();
      attributes.put("disableOn", Date.from(disableOn.atStartOfDay(SIEC_ZONE).toInstant()));
      attributes.put("IGNORE_ACCEPT_LANGUAGE_HEADER", "true");
      session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
          .send(SUBJECT, List.of(), TEMPLATE, attributes);
    } catch (EmailException e) {
      LOG.log(Level.SEVERE, "The inactivity warning to user " + user.getId() + " was not sent", e);
      throw ErrorResponse.error("The mail server did not take the e-mail", Response.Status.BAD_GATEWAY);
    }
    user.setSingleAttribute(
        AccountActivity.INACTIVITY_WARNING_ATTRIBUTE, Instant.ofEpochMilli(Time.currentTimeMillis()).toString());
    adminEvent.operation(OperationType.ACTION).resource(ResourceType.USER)
        .resourcePath(session.getContext().getUri()).success();
    return Response.noContent().build();
  }

  /** The body's day, which must come after today in the SIEC's zone: a warning gives time to act. */
  private static LocalDate dayAfterToday(InactivityWarning warning) {
    try {
      LocalDate day = LocalDate.parse(warning == null || warning.disableOn() == null ? "" : warning.disableOn());
      if (day.isAfter(LastSignInDay.today(SIEC_ZONE))) return day;
    } catch (DateTimeParseException unreadable) {
      // refused below
    }
    throw ErrorResponse.error("disableOn must be a day after today, written YYYY-MM-DD", Response.Status.BAD_REQUEST);
  }
}
