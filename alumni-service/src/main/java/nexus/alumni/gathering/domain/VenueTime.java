package nexus.alumni.gathering.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A gathering's time is an instant, entered and shown in the time zone of its venue (Japan unless
 * staff choose another), always with the zone named, so that a Bangkok evening reads as Bangkok
 * time to a member in Tokyo too.
 */
public final class VenueTime {

  /** Where a venue is unless staff say otherwise. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** The zones staff choose from on the page: Japan and the ASEAN members' capitals and regions. */
  public static final List<ZoneId> VENUE_ZONES =
      List.of(
              "Asia/Tokyo",
              "Asia/Bangkok",
              "Asia/Ho_Chi_Minh",
              "Asia/Phnom_Penh",
              "Asia/Vientiane",
              "Asia/Yangon",
              "Asia/Kuala_Lumpur",
              "Asia/Singapore",
              "Asia/Brunei",
              "Asia/Manila",
              "Asia/Jakarta",
              "Asia/Makassar",
              "Asia/Jayapura",
              "Asia/Dili")
          .stream()
          .map(ZoneId::of)
          .toList();

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private VenueTime() {}

  /** The zone of a region id such as {@code Asia/Bangkok}; blank: Japan; anything else: empty. */
  public static Optional<ZoneId> zone(String id) {
    if (id == null || id.isBlank()) {
      return Optional.of(JAPAN);
    }
    if (!id.strip().matches("[A-Za-z]+(/[A-Za-z_+-]+)+")) {
      return Optional.empty(); // offsets like UTC+7 name no place
    }
    try {
      return Optional.of(ZoneId.of(id.strip()));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  /** The zone's name in the language, e.g. "Bangkok Time" or "バンコク時間". */
  public static String zoneName(ZoneId zone, Locale locale) {
    return zone.getDisplayName(TextStyle.FULL, locale);
  }

  /** E.g. "2027-03-05 18:30 (Bangkok Time, UTC+07:00)"; in Japanese with Japanese brackets. */
  public static String format(Instant at, ZoneId zone, Locale locale) {
    ZonedDateTime local = at.atZone(zone);
    String offset = "UTC" + (local.getOffset().getTotalSeconds() == 0 ? "" : local.getOffset());
    String name = zoneName(zone, locale);
    return "ja".equals(locale.getLanguage())
        ? "%s（%s、%s）".formatted(MINUTES.format(local), name, offset)
        : "%s (%s, %s)".formatted(MINUTES.format(local), name, offset);
  }
}
