package nexus.alumni.gathering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nexus.alumni.gathering.domain.Seats;
import nexus.alumni.gathering.domain.Seats.Place;
import nexus.alumni.gathering.domain.VenueTime;
import nexus.alumni.membership.Erasure.MemberErased;
import nexus.alumni.membership.Segments;
import nexus.alumni.membership.domain.Segment;
import nexus.events.AlumniNotified;
import nexus.messaging.Outbox;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Staff create gatherings and invite segments; invited members reply, wait, are promoted when a
 * seat frees up and are reminded. Each change is one versioned write of the gathering with its
 * notifications (retried on a concurrent change, so two replies never take the same last seat).
 */
@Component
public class Gatherings {

  public static final ZoneId JAPAN = VenueTime.JAPAN;
  public static final String INVITATION = "GATHERING_INVITATION";
  public static final String REMINDER = "GATHERING_REMINDER";
  public static final String PROMOTED = "WAITLIST_PROMOTED";

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;
  private final Segments segments;

  Gatherings(MongoTemplate mongo, Outbox outbox, Clock clock, Segments segments) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
    this.segments = segments;
  }

  public String create(GatheringForm form) {
    GatheringDocument g = new GatheringDocument();
    g.id = "GAT-" + java.util.UUID.randomUUID();
    g.titleJa = form.titleJa().strip();
    g.titleEn = form.titleEn().strip();
    g.place = form.place().strip();
    ZoneId zone =
        VenueTime.zone(form.zone())
            .orElseThrow(
                () -> new RuleViolationException(HttpStatus.BAD_REQUEST, "gathering.zone.invalid"));
    g.zone = zone.getId();
    g.startsAt = form.startsAt().atZone(zone).toInstant();
    g.capacity = form.capacity();
    g.language = form.language();
    g.createdAt = clock.instant();
    mongo.insert(g);
    return g.id;
  }

  /**
   * Invites the members of a segment not invited yet; those who consented to mail get an e-mail.
   *
   * @return how many were newly invited
   */
  public int invite(String id, Segment segment) {
    List<String> inSegment = segments.members(segment);
    return change(
        id,
        g -> {
          List<String> fresh = inSegment.stream().filter(m -> !g.invited.contains(m)).toList();
          g.invited.addAll(fresh);
          g.segments.add(segment);
          fresh.forEach(m -> notify(g, m, INVITATION));
          return fresh.size();
        });
  }

  /** The member replies yes: a seat or the waitlist. Only invited members may reply. */
  public Place accept(String id, String memberId) {
    return change(
        id,
        g -> {
          requireInvited(g, memberId);
          requireUpcoming(g);
          Seats seats = seats(g);
          Place place = seats.accept(memberId);
          store(g, seats);
          return place;
        });
  }

  /**
   * The member cancels, until the gathering starts; the first on the waitlist is promoted and told
   * (and reminded, if the reminders went out already).
   */
  public Optional<String> cancel(String id, String memberId) {
    return change(
        id,
        g -> {
          requireInvited(g, memberId);
          if (!g.startsAt.isAfter(clock.instant())) {
            throw new RuleViolationException(HttpStatus.CONFLICT, "gathering.started");
          }
          Seats seats = seats(g);
          Optional<String> promoted = seats.cancel(memberId);
          store(g, seats);
          promoted.ifPresent(m -> promote(g, m));
          return promoted;
        });
  }

  /** Staff record who came; only members who were going count. */
  public void recordAttendance(String id, List<String> memberIds) {
    change(
        id,
        g -> {
          g.attended =
              new ArrayList<>(memberIds.stream().filter(g.going::contains).distinct().toList());
          return null;
        });
  }

  /** Reminds the members going to gatherings that start within {@code ahead}, once each. */
  public int remindDue(Duration ahead) {
    Instant now = clock.instant();
    List<GatheringDocument> due =
        mongo.find(
            Query.query(
                Criteria.where("startsAt").gt(now).lte(now.plus(ahead)).and("remindedAt").isNull()),
            GatheringDocument.class);
    int reminded = 0;
    for (GatheringDocument d : due) {
      reminded +=
          change(
              d.id,
              g -> {
                if (g.remindedAt != null) {
                  return 0;
                }
                g.remindedAt = now;
                g.going.forEach(m -> remind(g, m));
                return g.going.size();
              });
    }
    return reminded;
  }

  public Optional<GatheringDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, GatheringDocument.class));
  }

  public List<GatheringDocument> all() {
    return mongo.find(new Query().with(Sort.by("startsAt").descending()), GatheringDocument.class);
  }

  /** The gatherings a member was invited to, soonest first. */
  public List<GatheringDocument> invitationsOf(String memberId) {
    return mongo.find(
        Query.query(Criteria.where("invited").is(memberId)).with(Sort.by("startsAt")),
        GatheringDocument.class);
  }

  @EventListener
  void forget(MemberErased erased) {
    String m = erased.alumnusId();
    for (GatheringDocument d :
        mongo.find(Query.query(Criteria.where("invited").is(m)), GatheringDocument.class)) {
      change(
          d.id,
          g -> {
            Seats seats = seats(g);
            Optional<String> promoted = seats.cancel(m);
            store(g, seats);
            promoted.ifPresent(p -> promote(g, p));
            g.reminded.remove(m);
            if (g.attended.remove(m)) {
              g.anonymousAttended++;
            }
            g.invited.remove(m);
            return null;
          });
    }
  }

  private <T> T change(String id, Function<GatheringDocument, T> change) {
    for (int attempt = 0; ; attempt++) {
      GatheringDocument g = find(id).orElseThrow(() -> new NotFoundException("gathering " + id));
      T result = change.apply(g);
      try {
        mongo.save(g);
        return result;
      } catch (OptimisticLockingFailureException e) {
        if (attempt >= 4) {
          throw e;
        }
      }
    }
  }

  private void promote(GatheringDocument g, String memberId) {
    notify(g, memberId, PROMOTED);
    if (g.remindedAt != null) {
      // the reminders went out before this member had a seat
      remind(g, memberId);
    }
  }

  private void remind(GatheringDocument g, String memberId) {
    if (!g.reminded.contains(memberId)) {
      g.reminded.add(memberId);
      notify(g, memberId, REMINDER);
    }
  }

  /** The venue's zone (Japan for gatherings stored before zones were). */
  public static ZoneId zoneOf(GatheringDocument g) {
    return g.zone == null ? JAPAN : ZoneId.of(g.zone);
  }

  private void notify(GatheringDocument g, String memberId, String kind) {
    g.outbox.add(outbox.entryFor(new AlumniNotified(memberId, kind, g.id, clock.instant())));
  }

  private static Seats seats(GatheringDocument g) {
    return new Seats(g.capacity, g.going, g.waitlist);
  }

  private static void store(GatheringDocument g, Seats seats) {
    g.going = new ArrayList<>(seats.going());
    g.waitlist = new ArrayList<>(seats.waitlist());
  }

  private static void requireInvited(GatheringDocument g, String memberId) {
    if (!g.invited.contains(memberId)) {
      throw new NotFoundException("gathering " + g.id);
    }
  }

  private void requireUpcoming(GatheringDocument g) {
    if (!g.startsAt.isAfter(clock.instant())) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "gathering.past");
    }
  }
}
