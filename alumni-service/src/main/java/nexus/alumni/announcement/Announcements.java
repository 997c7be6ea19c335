package nexus.alumni.announcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nexus.alumni.membership.Erasure.MemberErased;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Segments;
import nexus.events.AlumniNotified;
import nexus.messaging.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Publishes an announcement to a segment: every member in it sees it on their home page; those who
 * consented to mail also get it by e-mail, through the outbox.
 */
@Component
public class Announcements {

  public static final String KIND = "ANNOUNCEMENT";

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;
  private final Segments segments;

  Announcements(MongoTemplate mongo, Outbox outbox, Clock clock, Segments segments) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
    this.segments = segments;
  }

  /** Publishes; returns the stored announcement. */
  public AnnouncementDocument publish(AnnouncementForm form) {
    AnnouncementDocument a = new AnnouncementDocument();
    a.id = "ANN-" + java.util.UUID.randomUUID();
    a.titleJa = form.titleJa().strip();
    a.titleEn = form.titleEn().strip();
    a.bodyJa = form.bodyJa().strip();
    a.bodyEn = form.bodyEn().strip();
    a.segment = form.segment();
    a.publishedAt = clock.instant();
    a.recipients = new ArrayList<>(segments.members(form.segment()));
    List<String> consenting =
        a.recipients.isEmpty()
            ? List.of()
            : mongo
                .find(
                    Query.query(Criteria.where("_id").in(a.recipients).and("mailConsent").is(true)),
                    MemberDocument.class)
                .stream()
                .map(m -> m.id)
                .toList();
    for (String member : consenting) {
      a.outbox.add(outbox.entryFor(new AlumniNotified(member, KIND, a.id, a.publishedAt)));
    }
    a.mailed = consenting.size();
    mongo.insert(a);
    return a;
  }

  public Optional<AnnouncementDocument> find(String id) {
    return Optional.ofNullable(mongo.findById(id, AnnouncementDocument.class));
  }

  /** What a member was told, newest first. */
  public List<AnnouncementDocument> forMember(String memberId, int limit) {
    return mongo.find(
        Query.query(Criteria.where("recipients").is(memberId))
            .with(Sort.by("publishedAt").descending())
            .limit(limit),
        AnnouncementDocument.class);
  }

  public List<AnnouncementDocument> all() {
    return mongo.find(
        new Query().with(Sort.by("publishedAt").descending()), AnnouncementDocument.class);
  }

  @EventListener
  void forget(MemberErased erased) {
    mongo.updateMulti(
        Query.query(Criteria.where("recipients").is(erased.alumnusId())),
        new Update().pull("recipients", erased.alumnusId()),
        AnnouncementDocument.class);
  }
}
