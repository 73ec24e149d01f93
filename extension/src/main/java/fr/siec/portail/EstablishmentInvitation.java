package fr.siec.portail;

import java.util.Optional;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.Urls;

/**
 * A compte principal's invitation to join its établissement, as the link e-mailed to the invited
 * person carries it: signed with the realm's own key (Keycloak's token manager), for one account,
 * one établissement and one principal, until it expires. The invited person opens it in "Mon
 * compte", signed in as the account it names, and accepts or declines it once.
 */
record EstablishmentInvitation(String id, String inviteeId, String principalId, String uai, String email, long expiresAt) {
  private static final String TYPE = "siec-establishment-invitation";

  static EstablishmentInvitation of(UserModel invitee, UserModel principal, String uai, long expiresAt) {
    return new EstablishmentInvitation(UUID.randomUUID().toString(), invitee.getId(), principal.getId(), uai,
        invitee.getEmail(), expiresAt);
  }

  String encode(KeycloakSession session, RealmModel realm) {
    JsonWebToken token = new JsonWebToken()
        .id(id)
        .type(TYPE)
        .issuer(issuer(session, realm))
        .subject(inviteeId)
        .exp(expiresAt)
        .issuedNow();
    token.setOtherClaims("principal", principalId);
    token.setOtherClaims("uai", uai);
    token.setOtherClaims("email", email);
    return session.tokens().encode(token);
  }

  /** The invitation the link carries: signed by this realm, of this kind, not expired; empty otherwise. */
  static Optional<EstablishmentInvitation> decode(KeycloakSession session, RealmModel realm, String encoded) {
    if (encoded == null || encoded.isBlank() || encoded.length() > 4096) return Optional.empty();
    JsonWebToken token;
    try {
      token = session.tokens().decode(encoded, JsonWebToken.class);
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
    if (token == null || !TYPE.equals(token.getType()) || !token.isActive() || token.getExp() == null
        || !issuer(session, realm).equals(token.getIssuer()))
      return Optional.empty();
    String principalId = claim(token, "principal");
    String uai = claim(token, "uai");
    String email = claim(token, "email");
    if (token.getId() == null || token.getSubject() == null || principalId == null || uai == null || email == null)
      return Optional.empty();
    return Optional.of(new EstablishmentInvitation(token.getId(), token.getSubject(), principalId, uai, email, token.getExp()));
  }

  private static String claim(JsonWebToken token, String name) {
    return token.getOtherClaims().get(name) instanceof String value ? value : null;
  }

  private static String issuer(KeycloakSession session, RealmModel realm) {
    return Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
  }
}
