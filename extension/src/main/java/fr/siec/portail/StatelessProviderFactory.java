package fr.siec.portail;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/** A factory with no configuration, no start-up work and nothing to release: the extension's all are. */
public interface StatelessProviderFactory<T extends Provider> extends ProviderFactory<T> {
  @Override
  default void init(Config.Scope config) {}

  @Override
  default void postInit(KeycloakSessionFactory factory) {}

  @Override
  default void close() {}
}
