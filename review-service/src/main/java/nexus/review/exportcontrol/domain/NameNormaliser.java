package nexus.review.exportcontrol.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reduces an organisation name to a comparison key, so that spellings of the same name meet:
 * full-width and half-width forms (NFKC), case, diacritics, punctuation and spacing, corporate
 * suffixes (Co., Ltd., Inc., Corp., Pte., Sdn. Bhd., PT, 株式会社...), "University of X" against "X
 * University", and simple transliteration variants of long vowels (Tōkyō, Toukyou, Tokyo).
 */
public final class NameNormaliser {

  private static final Set<String> CORPORATE =
      Set.of(
          "co",
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "company",
          "llc",
          "plc",
          "pte",
          "sdn",
          "bhd",
          "pt",
          "tbk",
          "jsc",
          "gmbh",
          "ag",
          "sa",
          "the",
          "kk",
          "株式会社",
          "有限会社",
          "合同会社");

  private NameNormaliser() {}

  /** The comparison key of a name; empty for a blank name. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.replace("&", " and ");
    for (String jp : new String[] {"株式会社", "有限会社", "合同会社"}) {
      s = s.replace(jp, " ");
    }
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    String[] words = s.isEmpty() ? new String[0] : s.split(" ");
    String joined =
        Arrays.stream(words).filter(w -> !CORPORATE.contains(w)).collect(Collectors.joining(" "));
    // "university of tokyo" and "tokyo university" are the same institution
    if (joined.startsWith("university of ")) {
      joined = joined.substring("university of ".length()) + " university";
    }
    return transliterate(joined.replace(" ", ""));
  }

  /** Long-vowel and common romanisation variants collapse to one spelling. */
  private static String transliterate(String s) {
    return s.replace("ou", "o")
        .replace("oo", "o")
        .replace("uu", "u")
        .replace("aa", "a")
        .replace("ii", "i")
        .replace("ee", "e");
  }
}
