package nexus.alumni.directory;

/**
 * Filters of a directory search; a null or blank filter does not filter.
 *
 * @param country country code
 * @param field research field (part of)
 * @param institution institution (part of)
 * @param callYear call year of an exchange
 * @param course course of an exchange
 */
public record DirectoryQuery(
    String country, String field, String institution, Integer callYear, String course) {

  static boolean given(String s) {
    return s != null && !s.isBlank();
  }
}
