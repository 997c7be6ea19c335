package nexus.contract.payment.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a name into the characters a Zengin record accepts: half-width katakana (small kana made
 * large), upper-case half-width letters and digits, space and {@code ( ) . - /}. Hiragana and
 * full-width katakana are converted; anything else is refused rather than silently dropped, since a
 * wrong payee name makes the bank return the transfer.
 */
public final class HalfWidthKana {

  private static final String FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンー";
  private static final String HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰ";
  private static final String SMALL = "ァィゥェォッャュョヮ";
  private static final String SMALL_AS_LARGE = "ｱｲｳｴｵﾂﾔﾕﾖﾜ";
  private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
  private static final String VOICED_BASE = "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ";
  private static final String SEMI = "パピプペポ";
  private static final String SEMI_BASE = "ﾊﾋﾌﾍﾎ";
  private static final String ALLOWED_ASCII = " ().-/";
  private static final Map<Character, String> MAP = new HashMap<>();

  static {
    for (int i = 0; i < FULL.length(); i++) {
      MAP.put(FULL.charAt(i), String.valueOf(HALF.charAt(i)));
    }
    for (int i = 0; i < SMALL.length(); i++) {
      MAP.put(SMALL.charAt(i), String.valueOf(SMALL_AS_LARGE.charAt(i)));
    }
    for (int i = 0; i < VOICED.length(); i++) {
      MAP.put(VOICED.charAt(i), VOICED_BASE.charAt(i) + "ﾞ");
    }
    for (int i = 0; i < SEMI.length(); i++) {
      MAP.put(SEMI.charAt(i), SEMI_BASE.charAt(i) + "ﾟ");
    }
    MAP.put('　', " ");
    MAP.put('（', "(");
    MAP.put('）', ")");
    MAP.put('．', ".");
    MAP.put('－', "-");
    MAP.put('／', "/");
  }

  private HalfWidthKana() {}

  /** The Zengin form of a name; throws {@link IllegalArgumentException} for other characters. */
  public static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (c >= 'ぁ' && c <= 'ゖ') {
        c = (char) (c + ('ァ' - 'ぁ'));
      }
      if (c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ' || c >= '０' && c <= '９') {
        c = (char) (c - 0xFEE0);
      }
      if (c >= 'a' && c <= 'z') {
        c = Character.toUpperCase(c);
      }
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ALLOWED_ASCII.indexOf(c) >= 0) {
        out.append(c);
      } else if (c >= 'ｦ' && c <= 'ﾟ') {
        out.append(c);
      } else if (MAP.containsKey(c)) {
        out.append(MAP.get(c));
      } else {
        throw new IllegalArgumentException("not allowed in a Zengin name: '" + c + "' in " + name);
      }
    }
    return out.toString();
  }
}
