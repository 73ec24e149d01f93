// Generated from contract/src/extension-endpoints.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

/** The ids of the extension's REST resources, their query parameters and the form fields it reads. */
public final class ExtensionEndpoints {
  public static final String PASSWORD_POLICY = "siec-password-policy";
  public static final String DIRECTORY = "siec-directory";
  public static final String ROBOT_CHALLENGE = "siec-robot-challenge";
  public static final String MY_APPS = "siec-my-apps";
  public static final String ESTABLISHMENT = "siec-establishment";
  public static final String INACTIVITY_WARNING = "siec-inactivity-warning";
  public static final String PROFILE_CHECK = "siec-profile-check";
  public static final String ROBOT_CHECK_FIELD = "robot-check";
  public static final String INVITATION_QUERY_PARAMETER = "invitation";
  public static final String PROFILE_CHECK_LOCALE_PARAMETER = "locale";

  private ExtensionEndpoints() {}
}
