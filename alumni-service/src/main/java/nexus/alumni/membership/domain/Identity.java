package nexus.alumni.membership.domain;

import java.util.Locale;

/**
 * How a person is recognised across events: a participant of one plan by (plan id, participant id);
 * the same person across plans by their e-mail address, compared normalised.
 */
public final class Identity {

  private Identity() {}

  /**
   * The stored key of one participation: a hash, so that an erased member's tombstone still keeps a
   * repeated completion from enrolling them again without keeping their ids.
   */
  public static String participationKey(String planId, String participantId) {
    return ClaimToken.hash(planId + "\n" + participantId);
  }

  /** The address as compared: trimmed, lower case; null when there is none. */
  public static String emailKey(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** The call year a call id carries ({@code ytec-2025} → 2025), null when it carries none. */
  public static Integer callYear(String callId) {
    if (callId == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(20\\d\\d)").matcher(callId);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The program part of a call id ({@code ytec-2025} → {@code ytec}). */
  public static String program(String callId) {
    if (callId == null) {
      return null;
    }
    int dash = callId.lastIndexOf('-');
    return dash > 0 ? callId.substring(0, dash) : callId;
  }
}
