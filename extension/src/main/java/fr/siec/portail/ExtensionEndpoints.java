// Generated from contract/src/extension-endpoints.ts by build/extension-endpoints-java.ts, do not edit.
package fr.siec.portail;

/** The ids of the extension's REST resources, form fields, client and user attributes: what the theme and the admin CLI use. */
public final class ExtensionEndpoints {
  public static final String PASSWORD_POLICY = "siec-password-policy";
  public static final String DIRECTORY = "siec-directory";
  public static final String ROBOT_CHALLENGE = "siec-robot-challenge";
  public static final String MY_APPS = "siec-my-apps";
  public static final String ESTABLISHMENT = "siec-establishment";
  public static final String INACTIVITY_WARNING = "siec-inactivity-warning";
  public static final String ROBOT_CHECK_FIELD = "robot-check";
  public static final String HELP_GUIDE_URL_ATTRIBUTE = "siec.help-guide-url";
  public static final String LEGAL_NOTICE_URL_ATTRIBUTE = "siec.legal-notice-url";
  public static final String ETABLISSEMENT_USER_ATTRIBUTE = "etablissement";
  public static final String INVITATION_USER_ATTRIBUTE = "invitation";
  public static final String PRINCIPAL_USER_ATTRIBUTE = "principal";
  public static final String SENT_INVITATIONS_USER_ATTRIBUTE = "invitationsEnvoyees";
  public static final String LAST_SIGN_IN_DAY_USER_ATTRIBUTE = "derniereConnexion";
  public static final String INACTIVITY_WARNING_USER_ATTRIBUTE = "avertissementInactivite";
  public static final String SIGN_IN_DAY_TIME_ZONE = "Europe/Paris";
  public static final String INVITATION_PENDING = "pending";
  public static final String OPERATOR_ROLE = "gestionnaire";
  public static final String INVITATION_QUERY_PARAMETER = "invitation";

  private ExtensionEndpoints() {}
}
