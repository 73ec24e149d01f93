// Generated from contract/src/extension-endpoints.ts by build/extension-endpoints-java.ts, do not edit.
package fr.siec.portail;

/** The ids of the extension's REST resources and form fields: what the theme and the admin CLI use. */
public final class ExtensionEndpoints {
  public static final String PASSWORD_POLICY = "siec-password-policy";
  public static final String DIRECTORY = "siec-directory";
  public static final String ROBOT_CHALLENGE = "siec-robot-challenge";
  public static final String ROBOT_CHECK_FIELD = "robot-check";

  private ExtensionEndpoints() {}
}
