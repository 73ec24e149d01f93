package fr.siec.portail;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

public class RobotChallengeResourceFactory
    implements RealmResourceProviderFactory, StatelessProviderFactory<RealmResourceProvider> {
  public static final String ID = ExtensionEndpoints.ROBOT_CHALLENGE;

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new SessionResourceProvider(session, RobotChallengeResource::new);
  }

  @Override
  public String getId() {
    return ID;
  }
}
