package nexus.intake.document;

import java.time.Instant;
import java.util.List;
import nexus.events.ReviewersAssigned;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The current reviewers of each plan as review last announced them ({@link ReviewersAssigned}
 * carries the full set): they, and only they, may read the plan's documents. An event older than
 * the stored set changes nothing, so a late or replayed event never grants access again.
 */
@Service
public class PlanReviewers {

  private final MongoTemplate mongo;

  PlanReviewers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** How the set is stored: one document per plan, keyed by plan id. */
  @Document(PlanReviewersDocument.COLLECTION)
  static class PlanReviewersDocument {
    static final String COLLECTION = "plan_reviewers";

    @Id String planId;
    List<String> reviewerSubjects;
    Instant at;
  }

  /**
   * Applies the announced set unless the stored one is newer (idempotent; of two sets announced at
   * the same instant the later delivered wins, as review's topic keeps a plan's events in order).
   */
  public void apply(ReviewersAssigned assigned) {
    if (replaceUnlessNewer(assigned)) {
      return;
    }
    PlanReviewersDocument document = new PlanReviewersDocument();
    document.planId = assigned.planId();
    document.reviewerSubjects = assigned.reviewerSubjects();
    document.at = assigned.at();
    try {
      mongo.insert(document);
    } catch (DuplicateKeyException stored) {
      // a set was stored meanwhile: it wins if newer than this one
      replaceUnlessNewer(assigned);
    }
  }

  private boolean replaceUnlessNewer(ReviewersAssigned assigned) {
    Query olderSet =
        Query.query(Criteria.where("_id").is(assigned.planId()).and("at").lte(assigned.at()));
    Update update =
        new Update().set("reviewerSubjects", assigned.reviewerSubjects()).set("at", assigned.at());
    if (mongo.updateFirst(olderSet, update, PlanReviewersDocument.class).getMatchedCount() > 0) {
      return true;
    }
    return mongo.exists(
        Query.query(Criteria.where("_id").is(assigned.planId())), PlanReviewersDocument.class);
  }

  /** Whether the subject is one of the plan's current reviewers. */
  public boolean isReviewer(String planId, String subject) {
    return subject != null
        && mongo.exists(
            Query.query(Criteria.where("_id").is(planId).and("reviewerSubjects").is(subject)),
            PlanReviewersDocument.class);
  }
}
