// Generated from contract/src/client-attributes.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

/** The client attributes an SIEC app sets for the theme. */
public final class ClientAttributes {
  public static final String HELP_GUIDE_URL = "siec.help-guide-url";
  public static final String LEGAL_NOTICE_URL = "siec.legal-notice-url";

  private ClientAttributes() {}
}
