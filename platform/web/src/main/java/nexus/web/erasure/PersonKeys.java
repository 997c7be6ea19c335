package nexus.web.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Keys that recognise a person's name (or affiliation) within one plan without storing it: the
 * SHA-256 of the plan id and the normalised text. Normalised means NFKC, lower case, punctuation as
 * spaces, and the words sorted, so "JAIDEE, Somchai" and "Somchai Jaidee" are one person (hosts and
 * applicants write name orders differently).
 */
public final class PersonKeys {

  private PersonKeys() {}

  /** The text as compared: null for blank text. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (folded.isEmpty()) {
      return null;
    }
    return Arrays.stream(folded.split(" ")).sorted().collect(Collectors.joining(" "));
  }

  /** The key of a name or affiliation in a plan; null for blank text. */
  public static String key(String planId, String text) {
    String normalised = normalise(text);
    if (normalised == null) {
      return null;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((planId + "\n" + normalised).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
