package nexus.alumni.membership.domain;

import java.util.Set;

/** The two sides the program bridges: Japan and the ASEAN countries (ISO 3166 alpha-2). */
public enum Region {
  JAPAN,
  ASEAN;

  /** ASEAN members incl. Timor-Leste (joined 2025). */
  public static final Set<String> ASEAN_COUNTRIES =
      Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL");

  /** The side of a country; null for a country on neither side. */
  public static Region of(String country) {
    if (country == null) {
      return null;
    }
    if ("JP".equalsIgnoreCase(country)) {
      return JAPAN;
    }
    return ASEAN_COUNTRIES.contains(country.toUpperCase(java.util.Locale.ROOT)) ? ASEAN : null;
  }

  /** The other side. */
  public Region other() {
    return this == JAPAN ? ASEAN : JAPAN;
  }
}
