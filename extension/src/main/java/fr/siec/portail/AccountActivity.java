// Generated from contract/src/account-activity.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

/** When accounts were last used: the attributes the extension records, the day's time zone, who is never disabled. */
public final class AccountActivity {
  public static final String LAST_SIGN_IN_DAY_ATTRIBUTE = "derniereConnexion";
  public static final String INACTIVITY_WARNING_ATTRIBUTE = "avertissementInactivite";
  public static final String SIGN_IN_DAY_TIME_ZONE = "Europe/Paris";
  public static final String OPERATOR_ROLE = "gestionnaire";

  private AccountActivity() {}
}
