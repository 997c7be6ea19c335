package nexus.intake.institution.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Japan's 13-digit corporate number (法人番号): a check digit followed by the 12-digit base number. The
 * check digit is 9 − (Σ Pn × Qn mod 9), where Pn is the n-th digit of the base number counted from
 * its last digit and Qn is 1 for odd n and 2 for even n (National Tax Agency specification).
 *
 * @param value the 13 digits
 */
public record CorporateNumber(String value) {

  public CorporateNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid corporate number: " + value);
    }
  }

  /**
   * A corporate number from user input (half- or full-width digits, hyphens and spaces allowed).
   */
  public static Optional<CorporateNumber> parse(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String digits = Normalizer.normalize(input, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
    return isValid(digits) ? Optional.of(new CorporateNumber(digits)) : Optional.empty();
  }

  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("\\d{13}")) {
      return false;
    }
    return digits.charAt(0) - '0' == checkDigit(digits.substring(1));
  }

  /** The check digit for a 12-digit base number. */
  static int checkDigit(String base) {
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int p = base.charAt(12 - n) - '0';
      sum += p * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - (sum % 9);
  }
}
