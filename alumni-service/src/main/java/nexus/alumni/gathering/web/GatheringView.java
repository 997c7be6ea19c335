package nexus.alumni.gathering.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import nexus.alumni.gathering.GatheringDocument;
import nexus.alumni.gathering.Gatherings;
import nexus.alumni.gathering.domain.Seats;
import nexus.alumni.gathering.domain.VenueTime;

/**
 * A gathering as a member or staff see it.
 *
 * @param id gathering id
 * @param titleJa Japanese title
 * @param titleEn English title
 * @param place where
 * @param startsAt when, local time at the venue
 * @param zone the venue's time zone, e.g. {@code Asia/Bangkok}
 * @param startsAtInstant when, as an instant
 * @param when the venue's time with the zone named, in the viewer's language
 * @param started whether it has started (replies can no longer change)
 * @param capacity seats
 * @param language ja, en or both
 * @param going how many are going
 * @param waitlisted how many wait
 * @param attended how many came
 * @param myPlace the viewing member's place (null for staff)
 */
record GatheringView(
    String id,
    String titleJa,
    String titleEn,
    String place,
    LocalDateTime startsAt,
    String zone,
    Instant startsAtInstant,
    String when,
    boolean started,
    int capacity,
    String language,
    int going,
    int waitlisted,
    int attended,
    Seats.Place myPlace) {

  static GatheringView of(GatheringDocument g, String memberId, Instant now, Locale locale) {
    Seats seats = new Seats(g.capacity, g.going, g.waitlist);
    ZoneId zone = Gatherings.zoneOf(g);
    return new GatheringView(
        g.id,
        g.titleJa,
        g.titleEn,
        g.place,
        LocalDateTime.ofInstant(g.startsAt, zone),
        zone.getId(),
        g.startsAt,
        VenueTime.format(g.startsAt, zone, locale),
        !g.startsAt.isAfter(now),
        g.capacity,
        g.language,
        g.going.size(),
        g.waitlist.size(),
        g.attended.size() + g.anonymousAttended,
        memberId == null ? null : seats.placeOf(memberId));
  }
}
