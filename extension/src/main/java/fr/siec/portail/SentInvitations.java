package fr.siec.portail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;

/**
 * The invitations a compte principal sent from "Mon établissement" and nobody has acted on yet,
 * kept on the principal's own account (attribute {@code invitationsEnvoyees}, one {@code UAI address
 * expiry} value each): "Mon établissement" lists them as "invitation envoyée" whoever the address
 * belongs to, and an accepted invitation must still be there. Nothing is written to the invited
 * person's account before they accept; an expired value is dropped at the principal's next change.
 */
final class SentInvitations {
  private static final String ATTRIBUTE = Accounts.SENT_INVITATIONS_ATTRIBUTE;

  record Sent(String uai, String email, long expiresAt) {
    private String value() {
      return uai + " " + email + " " + expiresAt;
    }

    private boolean isFor(String uai, String email) {
      return this.uai.equals(uai) && this.email.equals(email);
    }

    private static Optional<Sent> parse(String value) {
      String[] parts = value.split(" ");
      if (parts.length != 3) return Optional.empty();
      try {
        return Optional.of(new Sent(parts[0], parts[1], Long.parseLong(parts[2])));
      } catch (NumberFormatException notAnExpiry) {
        return Optional.empty();
      }
    }
  }

  private SentInvitations() {}

  /** The principal's invitations to the établissement that have not expired. */
  static Stream<Sent> of(UserModel principal, String uai) {
    return current(principal).filter(sent -> sent.uai().equals(uai));
  }

  static boolean contains(UserModel principal, String uai, String email) {
    return current(principal).anyMatch(sent -> sent.isFor(uai, email));
  }

  /** Records an invitation, replacing an earlier one to the same address and dropping expired ones. */
  static void add(UserModel principal, String uai, String email, long expiresAt) {
    List<String> values = Stream.concat(
            current(principal).filter(sent -> !sent.isFor(uai, email)),
            Stream.of(new Sent(uai, email, expiresAt)))
        .map(Sent::value)
        .toList();
    principal.setAttribute(ATTRIBUTE, values);
  }

  /** Forgets an invitation (accepted, declined or withdrawn); true when there was one. */
  static boolean remove(UserModel principal, String uai, String email) {
    if (!contains(principal, uai, email)) return false;
    List<String> values = current(principal).filter(sent -> !sent.isFor(uai, email)).map(Sent::value).toList();
    if (values.isEmpty()) principal.removeAttribute(ATTRIBUTE);
    else principal.setAttribute(ATTRIBUTE, values);
    return true;
  }

  private static Stream<Sent> current(UserModel principal) {
    long now = Time.currentTime();
    return principal.getAttributeStream(ATTRIBUTE)
        .map(Sent::parse)
        .flatMap(Optional::stream)
        .filter(sent -> sent.expiresAt() > now);
  }
}
