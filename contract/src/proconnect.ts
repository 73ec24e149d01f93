/**
 * ProConnect, the State's identity federation for public agents, as the portal's own identity
 * provider type: realm-config declares it, the extension implements it, the sign-in page draws its
 * button.
 */
export const PROCONNECT = {
  /**
   * Its alias, the name of realm-config/identity-providers/proconnect.yaml: "Mon compte" finds the
   * link by it, Keycloak's list of linked accounts giving no provider type.
   */
  alias: "proconnect",
  /** The provider type (Keycloak's providerId) of the extension's ProConnect broker. */
  providerId: "siec-proconnect",
  /**
   * The provider's config key listing, space-separated, the acr values accepted back from ProConnect:
   * the broker asks for them as essential and refuses any other.
   */
  acceptedAcrConfig: "siec.accepted-acr",
} as const;
