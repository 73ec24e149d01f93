package fr.siec.portail;

import org.keycloak.broker.oidc.OIDCIdentityProviderConfig;
import org.keycloak.broker.oidc.OIDCIdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;

/** The provider type realm-config's ProConnect is declared with ({@link ProConnect#PROVIDER_ID}). */
public final class ProConnectIdentityProviderFactory extends OIDCIdentityProviderFactory {
  @Override
  public String getId() {
    return ProConnect.PROVIDER_ID;
  }

  @Override
  public String getName() {
    return "ProConnect";
  }

  @Override
  public ProConnectIdentityProvider create(KeycloakSession session, IdentityProviderModel model) {
    return new ProConnectIdentityProvider(session, new OIDCIdentityProviderConfig(model));
  }
}
