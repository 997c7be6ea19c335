package nexus.review.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nexus.review.ranking.domain.Ranking;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewcase.ReviewCases;
import nexus.review.scoring.ScoreSheetDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Ranks a call's plans per course from the submitted sheets. Only reviewable cases are ranked: a
 * withdrawn, ineligible or blocked plan leaves the ranking; sheets of an earlier submitted version
 * (submitted before the current version arrived) do not count.
 */
@Service
public class Rankings {

  private final MongoTemplate mongo;
  private final ReviewCases cases;

  Rankings(MongoTemplate mongo, ReviewCases cases) {
    this.mongo = mongo;
    this.cases = cases;
  }

  /**
   * A ranked plan with what staff need beside its scores.
   *
   * @param row the ranking figures
   * @param title plan title
   * @param institutionName host institution
   * @param countries counterpart countries
   * @param requestedAmountJpy requested amount
   */
  public record RankedPlan(
      Ranking.Row row,
      String title,
      String institutionName,
      List<String> countries,
      long requestedAmountJpy) {}

  /** Per course (sorted by course code), best first. */
  public Map<String, List<RankedPlan>> of(String callId) {
    Map<String, ReviewCaseDocument> reviewable = new HashMap<>();
    cases.ofCall(callId).stream()
        .filter(CaseStatus::reviewable)
        .forEach(c -> reviewable.put(c.planId, c));
    List<ScoreSheetDocument> sheets =
        mongo.find(
            Query.query(Criteria.where("callId").is(callId).and("status").is("SUBMITTED")),
            ScoreSheetDocument.class);
    List<Ranking.Score> scores =
        sheets.stream()
            .filter(s -> reviewable.containsKey(s.planId))
            .filter(
                s ->
                    s.submittedAt != null
                        && !s.submittedAt.isBefore(reviewable.get(s.planId).submittedAt))
            .map(
                s ->
                    new Ranking.Score(
                        s.planId,
                        s.reviewer,
                        s.scores.values().stream().mapToInt(Integer::intValue).sum()))
            .toList();
    Map<String, String> courseOf = new HashMap<>();
    reviewable.forEach((id, c) -> courseOf.put(id, c.course));
    Map<String, List<RankedPlan>> result = new TreeMap<>();
    Ranking.rank(scores, courseOf)
        .forEach(
            (course, rows) ->
                result.put(
                    course,
                    rows.stream()
                        .map(
                            r -> {
                              ReviewCaseDocument c = reviewable.get(r.planId());
                              return new RankedPlan(
                                  r,
                                  c.title,
                                  c.institutionName,
                                  c.counterpartCountries,
                                  c.requestedAmountJpy);
                            })
                        .toList()));
    return result;
  }
}
