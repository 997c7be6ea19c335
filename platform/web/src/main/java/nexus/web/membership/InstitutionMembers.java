package nexus.web.membership;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Optional;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * This service's copy of intake's memberships ({@value #COLLECTION}), built from {@code
 * member.joined} and {@code member.left}: the service's event handlers call {@link #joined} and
 * {@link #left}. Both are upserts by member id that set only their own fields, so a repeat changes
 * nothing and the two commute (a removal that overtook its join still wins).
 */
public class InstitutionMembers {

  static final String COLLECTION = "institution_members";

  private final MongoTemplate mongo;

  public InstitutionMembers(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo
        .getCollection(COLLECTION)
        .createIndex(Indexes.ascending("subjectKey"), new IndexOptions().name("subject_key"));
  }

  /** A member acts for the institution from the event's instant. */
  public void joined(MemberJoined event) {
    mongo.upsert(
        byId(event.memberId()),
        new Update()
            .set("subjectKey", event.subjectKey())
            .set("institutionId", event.institutionId())
            .set("institutionName", event.institutionName())
            .set("institutionType", event.institutionType())
            .set("role", event.role())
            .set("joinedAt", event.joinedAt()),
        MemberDocument.class);
  }

  /** A member no longer acts for the institution. */
  public void left(MemberLeft event) {
    mongo.upsert(
        byId(event.memberId()),
        new Update()
            .set("subjectKey", event.subjectKey())
            .set("institutionId", event.institutionId())
            .set("leftAt", event.leftAt()),
        MemberDocument.class);
  }

  /** The institution the login acts for, if it is a current member of one (the latest joined). */
  public Optional<Membership> of(String subject) {
    Query current =
        Query.query(
                Criteria.where("subjectKey")
                    .is(MemberJoined.subjectKey(subject))
                    .and("leftAt")
                    .exists(false)
                    .and("joinedAt")
                    .exists(true))
            .with(Sort.by(Sort.Direction.DESC, "joinedAt"))
            .limit(1);
    return Optional.ofNullable(mongo.findOne(current, MemberDocument.class))
        .map(d -> new Membership(d.institutionId, d.institutionName, d.role));
  }

  private static Query byId(String memberId) {
    return Query.query(Criteria.where("_id").is(memberId));
  }
}
