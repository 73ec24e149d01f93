package fr.siec.portail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.altcha.altcha.Altcha;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/**
 * "Je ne suis pas un robot": a proof of work (ALTCHA's challenge format). The portal makes each
 * challenge, signed with a key derived from the realm's own HMAC key (kept by Keycloak, shared by
 * every node); the page finds the number whose hash is the challenge, and the form carries it.
 * An answer is accepted once, before its challenge expires.
 */
final class RobotCheck {
  /** The form field that carries the answer, as the theme posts it. */
  static final String FIELD = ExtensionEndpoints.ROBOT_CHECK_FIELD;
  /** About 50,000 hashes on average: a second or so in a browser, while the person types. */
  private static final long MAX_NUMBER = 100_000;
  private static final String USED_PREFIX = "siec-robot-check-answer:";

  private RobotCheck() {}

  static Map<String, Object> newChallenge(KeycloakSession session) {
    try {
      Altcha.Challenge challenge =
          Altcha.createChallenge(
              new Altcha.ChallengeOptions()
                  .setAlgorithm(Altcha.Algorithm.SHA256)
                  .setMaxNumber(MAX_NUMBER)
                  .setExpiresInSeconds(lifespanSeconds(session))
                  .setHmacKey(key(session)));
      return Map.of(
          "algorithm", challenge.algorithm,
          "challenge", challenge.challenge,
          "maxnumber", challenge.maxnumber,
          "salt", challenge.salt,
          "signature", challenge.signature);
    } catch (Exception e) {
      throw new IllegalStateException("could not make a robot-check challenge", e);
    }
  }

  /** Whether the form carries a right answer to one of this realm's challenges, not used before. */
  static boolean accepts(KeycloakSession session, String answer) {
    if (answer == null || answer.isEmpty() || answer.length() > 2048) return false;
    Object signature;
    try {
      if (!Altcha.verifySolution(answer, key(session), true)) return false;
      String json = new String(Base64.getDecoder().decode(answer), StandardCharsets.UTF_8);
      signature = JsonSerialization.readValue(json, Map.class).get("signature");
    } catch (Exception e) {
      return false; // not base64, not JSON, not an ALTCHA payload: not an answer
    }
    // Each challenge is signed once: its signature names it among the answers already taken.
    return signature instanceof String
        && session.singleUseObjects().putIfAbsent(USED_PREFIX + signature, lifespanSeconds(session));
  }

  /** An answer lives as long as the page it is solved on: lifespans.yaml signInPage. */
  private static long lifespanSeconds(KeycloakSession session) {
    return session.getContext().getRealm().getAccessCodeLifespanLogin();
  }

  /** A key of its own for the robot check, so that its signatures can never pass for tokens. */
  private static String key(KeycloakSession session) throws Exception {
    RealmModel realm = session.getContext().getRealm();
    KeyWrapper realmKey = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(realmKey.getSecretKey().getEncoded(), "HmacSHA256"));
    byte[] derived = mac.doFinal("siec-robot-check".getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(derived);
  }
}
