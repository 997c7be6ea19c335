package nexus.reporting.erasure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.web.erasure.ErasedPeople;
import nexus.web.erasure.PersonKeys;

/**
 * The erased people of a plan as reporting's copies write them. A name in a list (a consent, a
 * photo's pictured people, an action item's owner) is erased when {@link ErasedPeople} recognises
 * it. In free text a name is found two ways: as one of the names the plan's lists give for an
 * erased person, written as listed (spaces optional, case ignored: what catches names in Japanese,
 * where words are not spaced), and as any run of up to five words that is an erased person's name
 * in any order ("JAIDEE Somchai" for "Somchai Jaidee"). Found names become {@link
 * ErasedPeople#MARKER}.
 */
public final class ErasedNames {

  /** A person as one of reporting's lists names them (affiliation null when unknown). */
  public record Named(String name, String affiliation) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MAX_WORDS = 5;

  private final ErasedPeople erased;
  private final List<Pattern> written;

  private ErasedNames(ErasedPeople erased, List<Pattern> written) {
    this.erased = erased;
    this.written = written;
  }

  /**
   * @param erased the plan's erased people
   * @param known people the plan's lists name: those recognised as erased give the names to look
   *     for in texts, except a name a person not erased shares
   */
  public static ErasedNames of(ErasedPeople erased, Collection<Named> known) {
    Set<String> erasedNames = new HashSet<>();
    Set<String> keptNames = new HashSet<>();
    List<String> literal = new ArrayList<>();
    for (Named n : known) {
      String key = PersonKeys.normalise(n.name());
      if (key == null || ErasedPeople.MARKER.equals(n.name())) {
        continue;
      }
      if (erased.matches(n.name(), n.affiliation())) {
        if (erasedNames.add(key)) {
          literal.add(n.name().strip());
        }
      } else {
        keptNames.add(key);
      }
    }
    List<Pattern> patterns =
        literal.stream()
            .filter(name -> !keptNames.contains(PersonKeys.normalise(name)))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(ErasedNames::pattern)
            .toList();
    return new ErasedNames(erased, patterns);
  }

  /** Whether a name of a list is an erased person's. */
  public boolean named(String name) {
    return erased.matches(name, null);
  }

  /** The name, or the marker when it is an erased person's. */
  public String anonymised(String name) {
    return named(name) ? ErasedPeople.MARKER : name;
  }

  /** The text with every erased person's name replaced by the marker (the same text if none). */
  public String scrub(String text) {
    if (text == null || text.isBlank()) {
      return text;
    }
    String result = text;
    for (Pattern p : written) {
      result = p.matcher(result).replaceAll(Matcher.quoteReplacement(ErasedPeople.MARKER));
    }
    result = scrubWordRuns(result);
    return result.equals(text) ? text : result;
  }

  private String scrubWordRuns(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int i = 0;
    while (i < words.size()) {
      int found = 0;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && found == 0; n--) {
        String run = text.substring(words.get(i)[0], words.get(i + n - 1)[1]);
        if (erased.matches(run, null)) {
          found = n;
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      out.append(text, copied, words.get(i)[0]).append(ErasedPeople.MARKER);
      copied = words.get(i + found - 1)[1];
      i += found;
    }
    return copied == 0 ? text : out.append(text.substring(copied)).toString();
  }

  /**
   * The name as written, its words separated by any (or no) white space, case ignored; in a script
   * that spaces its words, the name must not be part of a longer word ("Ann" is not in "Annual").
   */
  private static Pattern pattern(String name) {
    String[] parts = name.split("[\\s\\u3000]+");
    StringBuilder regex = new StringBuilder();
    if (spaced(name.charAt(0))) {
      regex.append("(?<![\\p{L}\\p{N}])");
    }
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : "[\\s\\u3000]*").append(Pattern.quote(parts[i]));
    }
    if (spaced(name.charAt(name.length() - 1))) {
      regex.append("(?![\\p{L}\\p{N}])");
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A letter or digit of a script that separates words by spaces (not kanji, kana or Thai). */
  private static boolean spaced(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return Character.isLetterOrDigit(c)
        && script != Character.UnicodeScript.HAN
        && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA
        && script != Character.UnicodeScript.THAI;
  }
}
