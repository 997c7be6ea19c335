package nexus.review.scoring;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewer.Reviewers.ReviewerView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** How far each reviewer is: plans assigned, sheets in draft, sheets submitted. */
@Service
public class ReviewerProgress {

  private final MongoTemplate mongo;

  ReviewerProgress(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * One reviewer's progress.
   *
   * @param reviewer the reviewer
   * @param assigned reviewable plans assigned
   * @param drafts of those, sheets saved as drafts
   * @param submitted of those, sheets submitted
   */
  public record Row(ReviewerView reviewer, int assigned, int drafts, int submitted) {
    /** Assigned plans without a submitted sheet. */
    public int open() {
      return assigned - submitted;
    }
  }

  public Row of(ReviewerView r) {
    Set<String> plans =
        mongo
            .find(
                Query.query(Criteria.where("reviewers").is(r.subject())), ReviewCaseDocument.class)
            .stream()
            .filter(CaseStatus::reviewable)
            .map(c -> c.planId)
            .collect(Collectors.toSet());
    List<ScoreSheetDocument> sheets =
        mongo
            .find(Query.query(Criteria.where("reviewer").is(r.subject())), ScoreSheetDocument.class)
            .stream()
            .filter(s -> plans.contains(s.planId))
            .toList();
    int submitted = (int) sheets.stream().filter(s -> "SUBMITTED".equals(s.status)).count();
    int drafts = (int) sheets.stream().filter(s -> "DRAFT".equals(s.status)).count();
    return new Row(r, plans.size(), drafts, submitted);
  }
}
