// Generated from contract/src/proconnect.ts by build/contract-java.ts, do not edit.
package fr.siec.portail;

/** The portal's ProConnect broker: its provider type and configuration keys. */
public final class ProConnect {
  public static final String ALIAS = "proconnect";
  public static final String PROVIDER_ID = "siec-proconnect";
  public static final String ACCEPTED_ACR_CONFIG = "siec.accepted-acr";

  private ProConnect() {}
}
