package nexus.alumni.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nexus.alumni.membership.MemberDocument.Exchange;
import nexus.alumni.membership.domain.Identity;
import nexus.events.AlumniErased;
import nexus.messaging.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A member leaves and asks for erasure: the document becomes a tombstone that keeps only the hashed
 * participation keys (so that a repeated completion does not enrol them again) and the anonymous
 * counts (country, call years); {@code AlumniErased} tells the other services.
 */
@Component
public class Erasure {

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;
  private final ApplicationEventPublisher local;
  private final ContactEvents contacts;

  Erasure(
      MongoTemplate mongo,
      Outbox outbox,
      Clock clock,
      ApplicationEventPublisher local,
      ContactEvents contacts) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
    this.local = local;
    this.contacts = contacts;
  }

  /**
   * Erases the member; nothing happens when they are erased already. The other services are told
   * first that the member may no longer be mailed ({@code alumni.contact-changed}), then to erase
   * their copies ({@code alumni.erased}).
   */
  public void erase(MemberDocument member) {
    MemberDocument[] erased = {null};
    ContactEvents.retrying(
        member,
        () ->
            mongo.findOne(
                Query.query(Criteria.where("_id").is(member.id).and("erased").is(false)),
                MemberDocument.class),
        m -> {
          boolean done = tombstone(m);
          erased[0] = done ? m : null;
          return done;
        });
    if (erased[0] == null) {
      return;
    }
    mongo.remove(
        Query.query(
            Criteria.where("_id")
                .in(
                    erased[0].exchanges.stream()
                        .map(e -> Identity.participationKey(e.planId(), e.participantId()))
                        .toList())),
        ContactDocument.class);
    local.publishEvent(new MemberErased(member.id));
  }

  private boolean tombstone(MemberDocument member) {
    Instant now = clock.instant();
    List<AlumniErased.PlanParticipant> participations =
        member.exchanges.stream()
            .map(e -> new AlumniErased.PlanParticipant(e.planId(), e.participantId()))
            .toList();
    Update update = new Update().set("erased", true).set("erasedAt", now);
    for (String personal :
        List.of(
            "emailKey",
            "email",
            "emailBouncedAt",
            "emailBounce",
            "name",
            "institution",
            "position",
            "language",
            "subject",
            "loginEmail",
            "claimTokenHash",
            "claimExpiresAt",
            "visibility",
            "consents")) {
      update.unset(personal);
    }
    update
        .set("fields", List.of())
        .set("exchanges", List.of())
        .set("listed", false)
        .set("mailConsent", false)
        .set("contactableByMembers", false)
        .set("statCountry", member.country)
        .set(
            "statCallYears",
            member.exchanges.stream().map(Exchange::callYear).filter(Objects::nonNull).toList())
        .unset("country");
    contacts.record(
        update,
        member,
        MemberContact.of(member).left(),
        outbox.entryFor(new AlumniErased(member.id, participations, now)));
    return ContactEvents.applyToCurrentMember(mongo, member, update);
  }

  /**
   * Told inside the service so that other features (access log, gatherings) drop their copies.
   *
   * @param alumnusId the erased member
   */
  public record MemberErased(String alumnusId) {}
}
