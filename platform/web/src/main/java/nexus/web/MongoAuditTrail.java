package nexus.web;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The audit trail in the service's own database: collection {@code audit_log}, insert only (this
 * class offers no update or delete), newest first for staff; every entry is also logged.
 */
public class MongoAuditTrail implements AuditTrail {

  static final String COLLECTION = "audit_log";

  private final MongoTemplate mongo;
  private final LoggingAuditTrail log = new LoggingAuditTrail();

  MongoAuditTrail(MongoTemplate mongo) {
    this.mongo = mongo;
    collection().createIndex(Indexes.descending("at"));
  }

  @Override
  public void record(Entry entry) {
    log.record(entry);
    collection()
        .insertOne(
            new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(entry.at()))
                .append("actor", entry.actor())
                .append("roles", entry.roles())
                .append("action", entry.action())
                .append("subject", entry.subject())
                .append("outcome", entry.outcome())
                .append("detail", entry.detail()));
  }

  /** Entries, newest first, filtered by whichever of actor, action and subject are given. */
  public List<Entry> find(String actor, String action, String subject, int page, int size) {
    List<Entry> entries = new ArrayList<>();
    collection()
        .find(filter(actor, action, subject))
        .sort(Sorts.descending("at"))
        .skip(page * size)
        .limit(size)
        .forEach(d -> entries.add(entry(d)));
    return entries;
  }

  public long count(String actor, String action, String subject) {
    return collection().countDocuments(filter(actor, action, subject));
  }

  private static Bson filter(String actor, String action, String subject) {
    List<Bson> filters = new ArrayList<>();
    if (actor != null && !actor.isBlank()) {
      filters.add(Filters.eq("actor", actor.strip()));
    }
    if (action != null && !action.isBlank()) {
      filters.add(Filters.eq("action", action.strip()));
    }
    if (subject != null && !subject.isBlank()) {
      filters.add(Filters.eq("subject", subject.strip()));
    }
    return filters.isEmpty() ? new Document() : Filters.and(filters);
  }

  private static Entry entry(Document d) {
    return new Entry(
        d.getDate("at").toInstant(),
        d.getString("actor"),
        d.getList("roles", String.class),
        d.getString("action"),
        d.getString("subject"),
        d.getString("outcome"),
        d.getString("detail"));
  }

  private MongoCollection<Document> collection() {
    return mongo.getCollection(COLLECTION);
  }
}
