package nexus.intake;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes behind the look-ups on the submission path, created at start (idempotently).
 *
 * <p>MongoDB uses all of them. The embedded Mongo-compatible server uses only unique indexes, and
 * only for a query on exactly their keys; without these every look-up of a plan by id and
 * institution, every versioned save ({@code _id} + {@code version}) and every document look-up by
 * plan and kind scanned the whole collection under its lock, so each submission got slower with
 * every plan stored (the deadline-surge bench). Unique indexes that start with {@code _id} cannot
 * refuse anything; the one on a plan's documents says what the code already keeps: one per kind.
 */
@Component
class IntakeIndexes {

  private static final Logger log = LoggerFactory.getLogger(IntakeIndexes.class);

  IntakeIndexes(MongoTemplate mongo) {
    MongoCollection<Document> plans = mongo.getCollection("plans");
    unique(plans, Indexes.ascending("_id", "institutionId"), "id_institution");
    unique(plans, Indexes.ascending("_id", "version"), "id_version");
    // for MongoDB (the embedded server ignores indexes that are not unique)
    plans.createIndex(Indexes.ascending("institutionId"), new IndexOptions().name("institution"));
    plans.createIndex(
        Indexes.ascending("callId", "piSubject", "status"), new IndexOptions().name("call_pi"));
    unique(
        mongo.getCollection("fs.files"),
        Indexes.ascending("metadata.planId", "metadata.kind"),
        "plan_kind");
    unique(
        mongo.getCollection("requested_documents.files"),
        Indexes.ascending("metadata.requestId", "metadata.kind"),
        "request_kind");
  }

  private static void unique(MongoCollection<Document> collection, Bson keys, String name) {
    try {
      collection.createIndex(keys, new IndexOptions().unique(true).name(name));
    } catch (MongoException e) {
      // an aid to speed, not a rule the service relies on: start without it, and say so
      log.warn("index {} on {} not created: {}", name, collection.getNamespace(), e.toString());
    }
  }
}
