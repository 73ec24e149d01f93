package fr.siec.portail;

import fr.siec.portail.Payloads.RobotChallenge;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.altcha.altcha.Altcha;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.util.JsonSerialization;

/**
 * "Je ne suis pas un robot": a proof of work (ALTCHA's challenge format). The portal makes each
 * challenge, signed with a key derived from the realm's own HMAC key (kept by Keycloak, shared by
 * every node); the page finds the number whose hash is the challenge, and the form carries it.
 *
 * <p>An answer is accepted once, before its challenge expires, in the sign-in session it was asked
 * from (the browser's {@code AUTH_SESSION_ID}: its salt names that session), and only when its
 * challenge cost at least what the failures ask: each failed sign-in (wrong password, unknown
 * address, locked account or robot check refused) doubles the work of the next challenges of that
 * session and for that address (any address alike, so that the cost tells nothing of accounts),
 * up to {@link #MAX_DOUBLINGS} times, for {@link #FAILURE_MEMORY_SECONDS}. A challenge of another
 * session, or cheaper than the address asks, is refused; the session's next challenge then costs
 * what the address asks.
 */
final class RobotCheck {
  /** The form field that carries the answer, as the theme posts it. */
  static final String FIELD = ExtensionEndpoints.ROBOT_CHECK_FIELD;
  /** About 50,000 hashes on average without failures: 30 ms of a script's CPU, a second or so of a phone's browser. */
  private static final long MAX_NUMBER = 100_000;
  /** At most 16 times the work: about 800,000 hashes on average after 4 failures. */
  static final int MAX_DOUBLINGS = 4;
  /** Failures are remembered 15 minutes after the last one. */
  static final long FAILURE_MEMORY_SECONDS = 900;

  private static final String USED_PREFIX = "siec-robot-check-answer:";
  private static final String SESSION_FAILURES = "siec-robot-check-failures:session:";
  private static final String ADDRESS_FAILURES = "siec-robot-check-failures:address:";
  private static final String FAILURES = "failures";
  private static final String SESSION_PARAM = "session";
  private static final String COST_PARAM = "cost";

  private RobotCheck() {}

  /**
   * A challenge for the sign-in session `rootSessionId`, as costly as its failures ask, and those of
   * `username` when the page names the address (null otherwise).
   */
  static RobotChallenge newChallenge(KeycloakSession session, String rootSessionId, String username) {
    try {
      int failures = failures(session, SESSION_FAILURES + rootSessionId);
      if (username != null) failures = Math.max(failures, failures(session, addressKey(session, username)));
      long maxNumber = costFor(failures);
      Altcha.Challenge challenge =
          Altcha.createChallenge(
              new Altcha.ChallengeOptions()
                  .setAlgorithm(Altcha.Algorithm.SHA256)
                  .setMaxNumber(maxNumber)
                  .setExpiresInSeconds(lifespanSeconds(session))
                  .addParam(SESSION_PARAM, sessionTag(session, rootSessionId))
                  .addParam(COST_PARAM, Long.toString(maxNumber))
                  .setHmacKey(key(session)));
      return new RobotChallenge(challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt, challenge.signature);
    } catch (Exception e) {
      throw new IllegalStateException("could not make a robot-check challenge", e);
    }
  }

  /**
   * Whether the form carries a right answer to one of this realm's challenges, asked from the
   * sign-in session `rootSessionId`, as costly as that session's and `username`'s failures ask, not
   * used before.
   */
  static boolean accepts(KeycloakSession session, String answer, String rootSessionId, String username) {
    if (answer == null || answer.isEmpty() || answer.length() > 2048 || rootSessionId == null) return false;
    Object signature;
    Map<String, String> params;
    try {
      if (!Altcha.verifySolution(answer, key(session), true)) return false;
      String json = new String(Base64.getDecoder().decode(answer), StandardCharsets.UTF_8);
      Map<?, ?> payload = JsonSerialization.readValue(json, Map.class);
      signature = payload.get("signature");
      params = Altcha.extractParams(String.valueOf(payload.get("salt")));
    } catch (Exception e) {
      return false; // not base64, not JSON, not an ALTCHA payload: not an answer
    }
    // Solved in this sign-in session, not in another browser's nor outside any.
    if (!sessionTag(session, rootSessionId).equals(params.get(SESSION_PARAM))) return false;
    long cost;
    try {
      cost = Long.parseLong(params.get(COST_PARAM));
    } catch (NumberFormatException e) {
      return false;
    }
    int asked =
        Math.max(
            failures(session, SESSION_FAILURES + rootSessionId), failures(session, addressKey(session, username)));
    if (cost < costFor(asked)) {
      // A new session for an address with failures: its next challenges cost what the address asks
      // (this refusal counted: the form's failed() of the same request writes nothing more).
      remember(session, SESSION_FAILURES + rootSessionId, asked + 1);
      return false;
    }
    // Each challenge is signed once: its signature names it among the answers already taken.
    return signature instanceof String
        && session.singleUseObjects().putIfAbsent(USED_PREFIX + signature, lifespanSeconds(session));
  }

  /** A failed sign-in of the session `rootSessionId` for `username`: the next challenges cost more. */
  static void failed(KeycloakSession session, String rootSessionId, String username) {
    if (rootSessionId != null) {
      String key = SESSION_FAILURES + rootSessionId;
      remember(session, key, failures(session, key) + 1);
    }
    String address = addressKey(session, username);
    remember(session, address, failures(session, address) + 1);
  }

  private static long costFor(int failures) {
    return MAX_NUMBER << Math.min(Math.max(failures, 0), MAX_DOUBLINGS);
  }

  private static int failures(KeycloakSession session, String key) {
    Map<String, String> notes = session.singleUseObjects().get(key);
    try {
      return notes == null ? 0 : Integer.parseInt(notes.getOrDefault(FAILURES, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Keycloak's store takes one write of a key per request (a second throws): the first one of the
   * request is kept, and a later count of the same request is not written.
   */
  private static void remember(KeycloakSession session, String key, int failures) {
    String written = "siec-robot-check-written:" + key;
    if (session.getAttribute(written) != null) return;
    session.setAttribute(written, Boolean.TRUE);
    SingleUseObjectProvider store = session.singleUseObjects();
    store.put(key, FAILURE_MEMORY_SECONDS, Map.of(FAILURES, Integer.toString(Math.min(failures, 1000))));
  }

  /** Any address typed, existing or not, lower-cased: its failures count alike. */
  private static String addressKey(KeycloakSession session, String username) {
    String address = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return ADDRESS_FAILURES + digest(session.getContext().getRealm().getId() + ":" + address);
  }

  /** What a challenge's salt says of its session: a digest, not the session id itself. */
  private static String sessionTag(KeycloakSession session, String rootSessionId) {
    return digest("siec-robot-check-session:" + session.getContext().getRealm().getId() + ":" + rootSessionId)
        .substring(0, 32);
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
