package fr.siec.portail;

import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class EmailLinkVerifiesAddressFactory implements AuthenticatorFactory, StatelessProviderFactory<Authenticator> {
  public static final String ID = "siec-email-link-verifies-address";
  private static final EmailLinkVerifiesAddress INSTANCE = new EmailLinkVerifiesAddress();

  @Override
  public Authenticator create(KeycloakSession session) {
    return INSTANCE;
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "SIEC: e-mailed link verifies the address";
  }

  @Override
  public String getHelpText() {
    return "Place after Send Reset Email: following the link marks the user's e-mail as verified.";
  }

  @Override
  public String getReferenceCategory() {
    return null;
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
