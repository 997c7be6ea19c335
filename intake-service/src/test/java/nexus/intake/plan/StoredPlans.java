package nexus.intake.plan;

import java.time.Instant;
import java.util.List;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Plans written straight into intake's storage (as {@link PlanDrafts} stores them), for tests of
 * what reads that storage: statistics, exports, awards. The rules are not checked.
 */
public final class StoredPlans {

  private StoredPlans() {}

  /** A plan submitted at {@code at} by {@code piSubject}; returns its id. */
  public static String submitted(
      MongoTemplate mongo,
      String callId,
      String institutionId,
      Course course,
      String title,
      String field,
      PlanContent content,
      String piSubject,
      String receiptNumber,
      Instant at) {
    Plan plan =
        Plan.draft(
            callId, institutionId, "Institution " + institutionId, course, title, List.of(), 0);
    plan.edit(title, field, content);
    plan.withReceiptNumber(receiptNumber);
    plan.submit(at);
    PlanDocument document = PlanDocument.from(plan);
    document.piSubject = piSubject;
    mongo.save(document);
    return plan.id();
  }
}
