package nexus.intake.plan;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nexus.intake.plan.DraftRequests.DraftView;
import nexus.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Staff-intake's view of the plans: search over every institution's submitted plans (receipt
 * number, title, institution), and one plan with all it says and its documents. Each opening of a
 * plan (participants' personal data) is logged with who opened it.
 */
@Service
public class StaffPlans {

  private static final Logger access = LoggerFactory.getLogger("nexus.access");

  private final MongoTemplate mongo;
  private final PlanRepository plans;
  private final PlanDrafts drafts;

  StaffPlans(MongoTemplate mongo, PlanRepository plans, PlanDrafts drafts) {
    this.mongo = mongo;
    this.plans = plans;
    this.drafts = drafts;
  }

  /**
   * Plans of a call (any call when blank) in a status (any when blank) whose receipt number, title
   * or institution contains the text (any when blank), newest submissions first.
   */
  public Page<PlanView> search(String callId, String status, String text, Pageable page) {
    List<Criteria> criteria = new ArrayList<>();
    if (callId != null && !callId.isBlank()) {
      criteria.add(Criteria.where("callId").is(callId));
    }
    if (status != null && !status.isBlank()) {
      criteria.add(Criteria.where("status").is(status));
    }
    if (text != null && !text.isBlank()) {
      Pattern contains = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
      criteria.add(
          new Criteria()
              .orOperator(
                  Criteria.where("receiptNumber").regex(contains),
                  Criteria.where("title").regex(contains),
                  Criteria.where("institutionName").regex(contains)));
    }
    Query query =
        criteria.isEmpty()
            ? new Query()
            : new Query(new Criteria().andOperator(criteria.toArray(Criteria[]::new)));
    long total = mongo.count(query, PlanDocument.class);
    List<PlanView> found =
        mongo.find(query.with(page), PlanDocument.class).stream()
            .map(d -> PlanView.of(d.toPlan()))
            .toList();
    return new PageImpl<>(found, page, total);
  }

  /**
   * Issue 7's erasure in a plan: how many of its people were erased and on which day (Japan time).
   *
   * @param people erased people
   * @param dayJapan the day of the last erasure, Asia/Tokyo
   */
  public record ErasureNote(int people, String dayJapan) {}

  /** The plan's erasure note, empty when nobody in it was erased. */
  public Optional<ErasureNote> erasure(String id) {
    return plans
        .findById(id)
        .filter(d -> d.erasedPeople > 0 && d.erasedAt != null)
        .map(
            d ->
                new ErasureNote(
                    d.erasedPeople,
                    d.erasedAt.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString()));
  }

  /** One plan as staff see it; the opening is logged. */
  public DraftView one(String staffSubject, String id) {
    PlanDocument document =
        plans.findById(id).orElseThrow(() -> new NotFoundException("plan " + id));
    access.info("staff {} opened plan {} of {}", staffSubject, id, document.institutionId);
    return drafts.staffView(document.toPlan());
  }
}
