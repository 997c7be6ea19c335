package nexus.alumni.gathering.web;

import java.time.LocalDateTime;
import nexus.alumni.gathering.GatheringDocument;
import nexus.alumni.gathering.Gatherings;
import nexus.alumni.gathering.domain.Seats;

/**
 * A gathering as a member or staff see it.
 *
 * @param id gathering id
 * @param titleJa Japanese title
 * @param titleEn English title
 * @param place where
 * @param startsAt when, Japan time
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
    int capacity,
    String language,
    int going,
    int waitlisted,
    int attended,
    Seats.Place myPlace) {

  static GatheringView of(GatheringDocument g, String memberId) {
    Seats seats = new Seats(g.capacity, g.going, g.waitlist);
    return new GatheringView(
        g.id,
        g.titleJa,
        g.titleEn,
        g.place,
        LocalDateTime.ofInstant(g.startsAt, Gatherings.JAPAN),
        g.capacity,
        g.language,
        g.going.size(),
        g.waitlist.size(),
        g.attended.size() + g.anonymousAttended,
        memberId == null ? null : seats.placeOf(memberId));
  }
}
