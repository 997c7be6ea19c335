package nexus.review;

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
 * The indexes behind review's look-ups (cases of a call, a reviewer's plans, a call's sheets, a
 * reviewer's sheets), created at start, idempotently. MongoDB uses them; the embedded server
 * ignores indexes that are not unique.
 */
@Component
class ReviewIndexes {

  private static final Logger log = LoggerFactory.getLogger(ReviewIndexes.class);

  ReviewIndexes(MongoTemplate mongo) {
    MongoCollection<Document> cases = mongo.getCollection("review_cases");
    create(cases, Indexes.ascending("callId", "status"), "call_status");
    create(cases, Indexes.ascending("reviewers"), "reviewers");
    create(cases, Indexes.descending("submittedAt"), "submitted");
    MongoCollection<Document> sheets = mongo.getCollection("score_sheets");
    create(sheets, Indexes.ascending("callId", "status"), "call_status");
    create(sheets, Indexes.ascending("reviewer"), "reviewer");
  }

  private static void create(MongoCollection<Document> collection, Bson keys, String name) {
    try {
      collection.createIndex(keys, new IndexOptions().name(name));
    } catch (MongoException e) {
      // an aid to speed, not a rule the service relies on: start without it, and say so
      log.warn("index {} on {} not created: {}", name, collection.getNamespace(), e.toString());
    }
  }
}
