package nexus.intake.institution.domain;

import java.util.concurrent.ThreadLocalRandom;

/** Valid corporate numbers, a new one each time (tests share a database). */
public final class CorporateNumberFixtures {

  private CorporateNumberFixtures() {}

  public static String next() {
    String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    return CorporateNumber.checkDigit(base) + base;
  }

  /** The same number with its check digit off by one. */
  public static String withWrongCheckDigit(String valid) {
    int wrong = (valid.charAt(0) - '0') % 9 + 1;
    return wrong + valid.substring(1);
  }
}
