package fr.siec.portail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.oidc.OIDCIdentityProviderConfig;
import org.keycloak.broker.oidc.mappers.AbstractJsonUserAttributeMapper;
import org.keycloak.broker.provider.AuthenticationRequest;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.IdentityBrokerException;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.http.simple.SimpleHttpResponse;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.JWSInputException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.util.JsonSerialization;

/**
 * ProConnect through Keycloak's OpenID Connect broker, with the rules ProConnect sets that the broker
 * does not keep. The authorization request asks for the accepted acr values as essential, and the
 * id_token's acr must be one of them. The userinfo must come signed (application/jwt) with the
 * provider's keys, by the provider, for this client and the id_token's subject: Keycloak's broker
 * would also take a plain JSON one, so its own userinfo call is off (disableUserInfo) and this one
 * reads it. Any refusal is Keycloak's "unexpected error" page for the person, and the reason in the
 * log.
 */
final class ProConnectIdentityProvider extends OIDCIdentityProvider {
  private static final Logger LOG = Logger.getLogger(ProConnectIdentityProvider.class.getName());
  private static final MediaType SIGNED_USERINFO = MediaType.valueOf("application/jwt");
  private static final String REFUSED = "identityProviderUnexpectedErrorMessage";

  ProConnectIdentityProvider(KeycloakSession session, OIDCIdentityProviderConfig config) {
    super(session, config);
  }

  @Override
  protected UriBuilder createAuthorizationUrl(AuthenticationRequest request) {
    ObjectNode acr = JsonNodeFactory.instance.objectNode().put("essential", true);
    acceptedAcr().forEach(acr.putArray("values")::add);
    ObjectNode claims = JsonNodeFactory.instance.objectNode();
    claims.putObject("id_token").set("acr", acr);
    // Encoded here: a brace left in a UriBuilder value would be read as a URI template.
    return super.createAuthorizationUrl(request)
        .queryParam("claims", URLEncoder.encode(claims.toString(), StandardCharsets.UTF_8));
  }

  @Override
  protected BrokeredIdentityContext extractIdentity(AccessTokenResponse response, String accessToken, JsonWebToken idToken)
      throws IOException {
    Object acr = idToken.getOtherClaims().get("acr");
    if (!(acr instanceof String level) || !acceptedAcr().contains(level)) {
      throw refused("acr %s is not one of %s", acr, acceptedAcr());
    }
    BrokeredIdentityContext identity = super.extractIdentity(response, accessToken, idToken);
    JsonNode userInfo = signedUserInfo(accessToken, idToken.getSubject());
    identity.setEmail(text(userInfo, "email"));
    // The name the link keeps (shown in "Mon compte"): the address, not ProConnect's opaque subject.
    if (identity.getEmail() != null) identity.setUsername(identity.getEmail());
    identity.setFirstName(text(userInfo, "given_name"));
    identity.setLastName(text(userInfo, "usual_name"));
    AbstractJsonUserAttributeMapper.storeUserProfileForMapper(identity, userInfo, getConfig().getAlias());
    return identity;
  }

  private JsonNode signedUserInfo(String accessToken, String subject) throws IOException {
    String url = getConfig().getUserInfoUrl();
    try (SimpleHttpResponse answer =
        SimpleHttp.create(session).doGet(url).header("Authorization", "Bearer " + accessToken).asResponse()) {
      String type = answer.getFirstHeader("Content-Type");
      if (answer.getStatus() != 200 || type == null || !SIGNED_USERINFO.isCompatible(MediaType.valueOf(type))) {
        throw refused("userinfo answered %s %s, not a signed application/jwt", answer.getStatus(), type);
      }
      JWSInput jws = new JWSInput(answer.asString());
      if (!verify(jws)) {
        throw refused("userinfo signature not verified with the provider's keys");
      }
      JsonWebToken claims = jws.readJsonContent(JsonWebToken.class);
      if (!getConfig().getIssuer().equals(claims.getIssuer())) {
        throw refused("userinfo issued by %s", claims.getIssuer());
      }
      if (claims.getAudience() != null && !claims.hasAudience(getConfig().getClientId())) {
        throw refused("userinfo for %s", Arrays.toString(claims.getAudience()));
      }
      if (subject == null || !subject.equals(claims.getSubject())) {
        throw refused("userinfo of another subject");
      }
      return JsonSerialization.readValue(jws.getContent(), JsonNode.class);
    } catch (JWSInputException e) {
      throw refused("userinfo is not a JWS: %s", e.getMessage());
    }
  }

  private List<String> acceptedAcr() {
    String accepted = getConfig().getConfig().getOrDefault(ProConnect.ACCEPTED_ACR_CONFIG, "");
    return Arrays.stream(accepted.split(" ")).filter(value -> !value.isEmpty()).toList();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private IdentityBrokerException refused(String reason, Object... values) {
    String message = "ProConnect answer refused (" + getConfig().getAlias() + "): " + String.format(reason, values);
    LOG.warning(message);
    return new IdentityBrokerException(message).withMessageCode(REFUSED);
  }
}
