package nexus.alumni.membership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which members an invitation or announcement reaches; an empty criterion does not narrow.
 *
 * @param countries countries (ISO 3166 alpha-2)
 * @param region JAPAN or ASEAN
 * @param field a research field (part of, case-insensitive)
 * @param callYear the call year of one of the member's exchanges
 */
public record Segment(List<String> countries, Region region, String field, Integer callYear) {

  public Segment {
    countries =
        countries == null
            ? List.of()
            : countries.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .toList();
    field = field == null || field.isBlank() ? null : field.strip();
  }

  /** Whether a member with this country, these fields and these call years is in the segment. */
  public boolean includes(String country, Collection<String> fields, Collection<Integer> years) {
    if (!countries.isEmpty() && (country == null || !countries.contains(country))) {
      return false;
    }
    if (region != null && region != Region.of(country)) {
      return false;
    }
    if (field != null
        && fields.stream()
            .noneMatch(f -> f.toLowerCase(Locale.ROOT).contains(field.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    return callYear == null || years.contains(callYear);
  }
}
