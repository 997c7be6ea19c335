package nexus.alumni.membership;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Finds members: for staff, and the member a login is bound to. Erased members are gone. */
@Component
public class Members {

  private final MongoTemplate mongo;

  Members(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A page of members, in the order the pageable asks for. */
  public Page<MemberView> page(Pageable pageable) {
    Query query = Query.query(active()).with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(query, MemberDocument.class),
            pageable,
            () -> mongo.count(Query.query(active()), MemberDocument.class))
        .map(MemberView::of);
  }

  /** One member as staff see them. */
  public Optional<MemberView> one(String id) {
    return document(id).map(MemberView::of);
  }

  /** One member's stored document, unless erased. */
  public Optional<MemberDocument> document(String id) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("_id").is(id).and("erased").is(false)),
            MemberDocument.class));
  }

  /** The member bound to a login (the token subject), unless erased. */
  public Optional<MemberDocument> bySubject(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(Criteria.where("subject").is(subject).and("erased").is(false)),
            MemberDocument.class));
  }

  /** Names of active members by id, for staff lists. */
  public Map<String, String> names(Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    Query query = Query.query(active().and("_id").in(ids));
    query.fields().include("name");
    mongo
        .find(query, MemberDocument.class)
        .forEach(m -> names.put(m.id, m.name == null ? m.id : m.name));
    return names;
  }

  static Criteria active() {
    return Criteria.where("erased").is(false);
  }
}
