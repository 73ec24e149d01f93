// Generated from contract/src/accounts.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

/** The user attributes of an SIEC account and the values they take. */
public final class Accounts {
  public static final String ETABLISSEMENT_ATTRIBUTE = "etablissement";
  public static final String INVITATION_ATTRIBUTE = "invitation";
  public static final String PRINCIPAL_ATTRIBUTE = "principal";
  public static final String SENT_INVITATIONS_ATTRIBUTE = "invitationsEnvoyees";
  public static final String INVITATION_PENDING = "pending";
  public static final String UAI_PATTERN = "^[0-9]{7}[A-Z]$";

  private Accounts() {}
}
