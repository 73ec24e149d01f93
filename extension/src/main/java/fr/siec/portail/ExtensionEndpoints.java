// Generated from contract/src/extension-endpoints.ts by build/extension-endpoints-java.ts, do not edit.
package fr.siec.portail;

/** The ids of the extension's REST resources: the paths the theme and the admin CLI call. */
public final class ExtensionEndpoints {
  public static final String PASSWORD_POLICY = "siec-password-policy";
  public static final String DIRECTORY = "siec-directory";

  private ExtensionEndpoints() {}
}
