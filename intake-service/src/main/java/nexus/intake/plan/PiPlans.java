package nexus.intake.plan;

import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which plans each PI submitted to each call, in one document per (call, PI) keyed by {@code _id}:
 * the duplicate rules read it by key instead of searching every plan of the call. Written before a
 * submission is saved and cleaned after a withdrawal, and read through the plans' own status, so a
 * crash in between leaves at worst an id that is filtered out — never a missing one.
 */
@Component
class PiPlans {

  static final String COLLECTION = "pi_plans";
  private static final Logger log = LoggerFactory.getLogger(PiPlans.class);

  private final MongoTemplate mongo;
  private final PlanRepository plans;

  PiPlans(MongoTemplate mongo, PlanRepository plans) {
    this.mongo = mongo;
    this.plans = plans;
  }

  /** The same PI's other submitted plans of the call. */
  List<PlanDocument> submittedBy(String callId, String piSubject, String exceptPlanId) {
    Document entry =
        mongo.getCollection(COLLECTION).find(new Document("_id", key(callId, piSubject))).first();
    if (entry == null) {
      return List.of();
    }
    List<String> ids = entry.getList("planIds", String.class, List.of());
    return plans.findAllById(ids).stream()
        .filter(p -> !p.id.equals(exceptPlanId))
        .filter(p -> "SUBMITTED".equals(p.status) && callId.equals(p.callId))
        .toList();
  }

  /** Before a submission is stored. */
  void submitting(String callId, String piSubject, String planId) {
    mongo
        .getCollection(COLLECTION)
        .updateOne(
            new Document("_id", key(callId, piSubject)),
            new Document("$addToSet", new Document("planIds", planId)),
            new com.mongodb.client.model.UpdateOptions().upsert(true));
  }

  /** After a withdrawal is stored. */
  void withdrawn(String callId, String piSubject, String planId) {
    mongo
        .getCollection(COLLECTION)
        .updateOne(
            new Document("_id", key(callId, piSubject)),
            new Document("$pull", new Document("planIds", planId)));
  }

  /** Once, for plans submitted before this index existed. */
  @EventListener(ApplicationReadyEvent.class)
  void backfill() {
    if (mongo.getCollection(COLLECTION).estimatedDocumentCount() > 0) {
      return;
    }
    List<PlanDocument> submitted =
        mongo.find(
            new Query(Criteria.where("status").is("SUBMITTED").and("piSubject").ne(null)),
            PlanDocument.class);
    submitted.forEach(p -> submitting(p.callId, p.piSubject, p.id));
    if (!submitted.isEmpty()) {
      log.info("indexed {} submitted plans by call and PI", submitted.size());
    }
  }

  private static String key(String callId, String piSubject) {
    return callId + "|" + piSubject;
  }
}
