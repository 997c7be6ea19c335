package nexus.review.reviewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nexus.events.PlanSnapshot;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewer.domain.ConflictCheck;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The committee: staff manage reviewers; reviewers declare conflicts; conflicts are detected. */
@Service
public class Reviewers {

  private final MongoTemplate mongo;

  Reviewers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * A reviewer as staff see and edit them.
   *
   * @param subject login subject (the token's {@code sub})
   * @param name full name
   * @param affiliation affiliation institution
   * @param email e-mail address for reminders
   * @param expertise expertise fields
   * @param declarations declared conflicts
   */
  public record ReviewerView(
      String subject,
      String name,
      String affiliation,
      String email,
      List<String> expertise,
      List<ReviewerDocument.Declaration> declarations) {

    static ReviewerView of(ReviewerDocument d) {
      return new ReviewerView(
          d.subject,
          d.name,
          d.affiliation,
          d.email,
          List.copyOf(d.expertise),
          List.copyOf(d.declarations));
    }
  }

  /** Creates or updates a reviewer (declarations are the reviewer's own and stay). */
  public ReviewerView save(
      String subject, String name, String affiliation, String email, List<String> expertise) {
    if (subject == null || subject.isBlank() || name == null || name.isBlank()) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "reviewer.required");
    }
    mongo.upsert(
        Query.query(Criteria.where("_id").is(subject)),
        new Update()
            .set("name", name.strip())
            .set("affiliation", affiliation == null ? "" : affiliation.strip())
            .set("email", email)
            .set(
                "expertise",
                expertise == null
                    ? List.of()
                    : expertise.stream().map(String::strip).filter(s -> !s.isEmpty()).toList())
            .setOnInsert("declarations", List.of()),
        ReviewerDocument.class);
    return one(subject).orElseThrow();
  }

  public Optional<ReviewerView> one(String subject) {
    return Optional.ofNullable(mongo.findById(subject, ReviewerDocument.class))
        .map(ReviewerView::of);
  }

  public Page<ReviewerView> page(Pageable pageable) {
    return PageableExecutionUtils.getPage(
            mongo.find(new Query().with(pageable), ReviewerDocument.class),
            pageable,
            () -> mongo.count(new Query(), ReviewerDocument.class))
        .map(ReviewerView::of);
  }

  public List<ReviewerView> all() {
    return mongo.findAll(ReviewerDocument.class).stream().map(ReviewerView::of).toList();
  }

  /** The reviewer declares a conflict with a plan (idempotent). */
  public void declare(String subject, String planId, String reason) {
    ReviewerDocument r =
        Optional.ofNullable(mongo.findById(subject, ReviewerDocument.class))
            .orElseThrow(() -> new NotFoundException("reviewer " + subject));
    if (r.declarations.stream().noneMatch(d -> d.planId().equals(planId))) {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(subject)),
          new Update().push("declarations", new ReviewerDocument.Declaration(planId, reason)),
          ReviewerDocument.class);
    }
  }

  /** Why the reviewer may not review the case (empty when they may). */
  public static List<String> conflicts(ReviewerView r, ReviewCaseDocument c) {
    return ConflictCheck.reasons(asReviewer(r), parties(c));
  }

  static ConflictCheck.Reviewer asReviewer(ReviewerView r) {
    Set<String> declared =
        r.declarations().stream()
            .map(ReviewerDocument.Declaration::planId)
            .collect(Collectors.toSet());
    return new ConflictCheck.Reviewer(r.subject(), r.name(), r.affiliation(), declared);
  }

  /** The parties of a case as the conflict check reads them. */
  public static ConflictCheck.Plan parties(ReviewCaseDocument c) {
    PlanSnapshot s = c.snapshot;
    List<String> people = new ArrayList<>();
    List<String> partners = List.of();
    List<String> counterparts = List.of();
    if (s != null) {
      s.participants().forEach(p -> people.add(p.name()));
      partners = s.partners().stream().map(PlanSnapshot.Partner::name).toList();
      counterparts = s.counterparts().stream().map(PlanSnapshot.Counterpart::institution).toList();
    }
    return new ConflictCheck.Plan(c.planId, c.institutionName, partners, counterparts, people);
  }
}
