package fr.siec.portail;

import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.headers.SecurityHeadersProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Replaces Keycloak's security headers provider: the highest order makes it the default one. */
public class PageScriptsPolicyFactory implements SecurityHeadersProviderFactory {
  @Override
  public SecurityHeadersProvider create(KeycloakSession session) {
    return new PageScriptsPolicy(session);
  }

  @Override
  public String getId() {
    return "siec-page-scripts";
  }

  @Override
  public int order() {
    return 100;
  }
}
