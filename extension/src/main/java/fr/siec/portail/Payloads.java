// Generated from contract/src/{accounts,account-activity,establishment,extension-endpoints,profile-check}.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/** The JSON the extension reads and writes, as the theme and the CLI type it. */
public final class Payloads {

  public enum AccountStatus {
    ACTIVE("active"),
    INVITATION_PENDING("invitation-pending"),
    DISABLED("disabled");

    private final String json;

    AccountStatus(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  public record DirectoryAccount(String id, String email, String firstName, String lastName, boolean enabled, AccountStatus status, Long createdTimestamp, Map<String, List<String>> attributes, List<String> groups) {}

  public record InactivityWarning(String disableOn) {}

  public record EstablishmentAccount(String email, String firstName, String lastName, AccountStatus status, boolean principal, boolean self) {}

  public record Establishment(String uai, List<EstablishmentAccount> accounts) {}

  public record EstablishmentAddition(String email) {}

  public enum EstablishmentRefusal {
    INVALID_UAI("invalid-uai"),
    INVALID_EMAIL("invalid-email"),
    REFUSED_BY_PROFILE("refused-by-profile"),
    NOT_PRINCIPAL("not-principal"),
    NOT_ATTACHED("not-attached"),
    OTHER_PRINCIPAL("other-principal"),
    LAST_PRINCIPAL("last-principal"),
    TOO_MANY_CHANGES("too-many-changes"),
    FOREIGN_ORIGIN("foreign-origin"),
    MAIL_NOT_SENT("mail-not-sent"),
    SECOND_FACTOR_REQUIRED("second-factor-required"),
    INVITATION_EXPIRED("invitation-expired"),
    INVITATION_FOR_ANOTHER_ACCOUNT("invitation-for-another-account");

    private final String json;

    EstablishmentRefusal(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  public record EstablishmentRefused(EstablishmentRefusal error) {}

  public record EstablishmentInvitationSummary(String uai, String invitedBy) {}

  public record EstablishmentInvitationAnswer(String invitation, boolean accept) {}

  public record PasswordPolicyAnswer(String policy) {}

  public record RobotChallenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {}

  public record MyApp(String clientId, String name, String description, String url, String helpGuideUrl) {}

  public record ProfileCandidate(String username, String email, String firstName, String lastName, Map<String, List<String>> attributes) {}

  public record ProfileRefusal(String attribute, String code, List<String> parameters, String message) {}

  private Payloads() {}
}
