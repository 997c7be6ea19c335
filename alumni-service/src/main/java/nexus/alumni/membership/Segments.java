package nexus.alumni.membership;

import java.util.List;
import java.util.Objects;
import nexus.alumni.membership.domain.Segment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The members of a segment (invitations, announcements, the dashboard). */
@Component
public class Segments {

  private final MongoTemplate mongo;

  Segments(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Ids of the active members in the segment. */
  public List<String> members(Segment segment) {
    Query query = Query.query(Members.active());
    query.fields().include("country", "fields", "exchanges");
    return mongo.find(query, MemberDocument.class).stream()
        .filter(
            m ->
                segment.includes(
                    m.country,
                    m.fields,
                    m.exchanges.stream()
                        .map(MemberDocument.Exchange::callYear)
                        .filter(Objects::nonNull)
                        .toList()))
        .map(m -> m.id)
        .toList();
  }
}
