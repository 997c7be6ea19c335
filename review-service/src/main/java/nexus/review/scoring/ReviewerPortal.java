package nexus.review.scoring;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewer.Reviewers;
import nexus.review.scoring.domain.Criterion;
import nexus.review.scoring.domain.ScoreSheet;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a reviewer may see and do: their own assigned, reviewable plans (a plan they are conflicted
 * with or not assigned to does not exist for them), and their own score sheet of each.
 */
@Service
public class ReviewerPortal {

  private final MongoTemplate mongo;
  private final Reviewers reviewers;
  private final Clock clock;

  ReviewerPortal(MongoTemplate mongo, Reviewers reviewers, Clock clock) {
    this.mongo = mongo;
    this.reviewers = reviewers;
    this.clock = clock;
  }

  /**
   * A plan in the reviewer's list, with the state of their sheet.
   *
   * @param plan the plan
   * @param sheetStatus NONE, DRAFT or SUBMITTED
   */
  public record Assigned(PortalPlan plan, String sheetStatus) {}

  /**
   * The reviewer's own sheet.
   *
   * @param scores per criterion
   * @param comments per criterion (and "overall")
   * @param status NONE, DRAFT or SUBMITTED
   */
  public record SheetView(
      Map<String, Integer> scores, Map<String, String> comments, String status) {}

  /** The reviewer's plans, most recently submitted first. */
  public List<Assigned> plans(String subject) {
    return mongo
        .find(
            Query.query(Criteria.where("reviewers").is(subject))
                .with(org.springframework.data.domain.Sort.by("submittedAt").descending()),
            ReviewCaseDocument.class)
        .stream()
        .filter(c -> visible(subject, c))
        .map(c -> new Assigned(PortalPlan.of(c), sheet(subject, c.planId).status()))
        .toList();
  }

  /** One of the reviewer's plans; 404 for any other. */
  public PortalPlan plan(String subject, String planId) {
    return PortalPlan.of(assigned(subject, planId));
  }

  /** The reviewer's own sheet of one of their plans. */
  public SheetView sheet(String subject, String planId) {
    ScoreSheetDocument d =
        mongo.findById(ScoreSheetDocument.idOf(planId, subject), ScoreSheetDocument.class);
    return d == null
        ? new SheetView(Map.of(), Map.of(), "NONE")
        : new SheetView(Map.copyOf(d.scores), Map.copyOf(d.comments), d.status);
  }

  /** Saves a draft (or, with {@code submit}, submits) the reviewer's sheet. */
  public SheetView save(
      String subject,
      String planId,
      Map<String, Integer> scores,
      Map<String, String> comments,
      boolean submit) {
    ReviewCaseDocument c = assigned(subject, planId);
    ScoreSheetDocument d =
        Optional.ofNullable(
                mongo.findById(ScoreSheetDocument.idOf(planId, subject), ScoreSheetDocument.class))
            .orElseGet(ScoreSheetDocument::new);
    ScoreSheet sheet = new ScoreSheet(criteria(d.scores), "SUBMITTED".equals(d.status));
    try {
      sheet = sheet.save(criteria(scores == null ? Map.of() : scores));
      if (submit) {
        sheet = sheet.submit();
      }
    } catch (IllegalStateException e) {
      throw new RuleViolationException(HttpStatus.CONFLICT, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
    d.id = ScoreSheetDocument.idOf(planId, subject);
    d.planId = planId;
    d.callId = c.callId;
    d.course = c.course;
    d.reviewer = subject;
    d.scores = new HashMap<>();
    sheet.scores().forEach((k, v) -> d.scores.put(k.name(), v));
    d.comments = comments == null ? new HashMap<>() : new HashMap<>(comments);
    d.status = sheet.submitted() ? "SUBMITTED" : "DRAFT";
    d.savedAt = clock.instant();
    if (sheet.submitted()) {
      d.submittedAt = clock.instant();
    }
    mongo.save(d);
    return sheet(subject, planId);
  }

  private static Map<Criterion, Integer> criteria(Map<String, Integer> scores) {
    Map<Criterion, Integer> m = new EnumMap<>(Criterion.class);
    scores.forEach(
        (k, v) -> {
          try {
            if (v != null) {
              m.put(Criterion.valueOf(k), v);
            }
          } catch (IllegalArgumentException e) {
            throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "scoring.criterion");
          }
        });
    return m;
  }

  private ReviewCaseDocument assigned(String subject, String planId) {
    return Optional.ofNullable(mongo.findById(planId, ReviewCaseDocument.class))
        .filter(c -> visible(subject, c))
        .orElseThrow(() -> new NotFoundException("plan " + planId));
  }

  /** Assigned, reviewable, and (checked again at every read) not conflicted. */
  private boolean visible(String subject, ReviewCaseDocument c) {
    return c.reviewers.contains(subject)
        && CaseStatus.reviewable(c)
        && reviewers.one(subject).map(r -> Reviewers.conflicts(r, c).isEmpty()).orElse(false);
  }
}
