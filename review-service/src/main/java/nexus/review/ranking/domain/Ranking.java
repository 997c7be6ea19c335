package nexus.review.ranking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks plans by the mean of their reviewers' z-scores, so a harsh and a lenient reviewer weigh the
 * same: each reviewer's totals are standardised over every plan that reviewer scored in the call. A
 * reviewer with a single sheet, or with identical totals, has no spread to standardise by: their z
 * is 0 (they neither lift nor sink a plan). A sheet whose z lies more than {@link #OUTLIER_Z} from
 * the mean z of the plan's other reviewers is flagged as an outlier.
 */
public final class Ranking {

  public static final double OUTLIER_Z = 1.5;

  /** One submitted sheet: the reviewer's total for a plan. */
  public record Score(String planId, String reviewer, int total) {}

  /**
   * A ranked plan.
   *
   * @param planId plan id
   * @param rank 1 = best in its course
   * @param rawMean mean of the raw totals
   * @param normalised mean of the reviewers' z-scores
   * @param spread highest minus lowest raw total
   * @param sheets submitted sheets
   * @param outlierReviewers reviewers whose score is an outlier for this plan
   */
  public record Row(
      String planId,
      int rank,
      double rawMean,
      double normalised,
      int spread,
      int sheets,
      List<String> outlierReviewers) {
    public boolean outlier() {
      return !outlierReviewers.isEmpty();
    }
  }

  private Ranking() {}

  /**
   * Ranks per course; {@code courseOf} gives each plan's course (plans without one are left out).
   */
  public static Map<String, List<Row>> rank(List<Score> scores, Map<String, String> courseOf) {
    Map<String, double[]> stats = reviewerStats(scores);
    Map<String, List<Score>> byPlan = new LinkedHashMap<>();
    scores.stream()
        .filter(s -> courseOf.containsKey(s.planId()))
        .forEach(s -> byPlan.computeIfAbsent(s.planId(), k -> new ArrayList<>()).add(s));
    Map<String, List<Row>> byCourse = new HashMap<>();
    byPlan.forEach(
        (planId, sheets) -> {
          double[] z = new double[sheets.size()];
          int min = Integer.MAX_VALUE;
          int max = Integer.MIN_VALUE;
          double raw = 0;
          double zSum = 0;
          for (int i = 0; i < sheets.size(); i++) {
            Score s = sheets.get(i);
            double[] st = stats.get(s.reviewer());
            z[i] = st[1] == 0 ? 0 : (s.total() - st[0]) / st[1];
            raw += s.total();
            zSum += z[i];
            min = Math.min(min, s.total());
            max = Math.max(max, s.total());
          }
          List<String> outliers = new ArrayList<>();
          for (int i = 0; i < sheets.size() && sheets.size() > 1; i++) {
            double others = (zSum - z[i]) / (sheets.size() - 1);
            if (Math.abs(z[i] - others) > OUTLIER_Z) {
              outliers.add(sheets.get(i).reviewer());
            }
          }
          byCourse
              .computeIfAbsent(courseOf.get(planId), k -> new ArrayList<>())
              .add(
                  new Row(
                      planId,
                      0,
                      raw / sheets.size(),
                      zSum / sheets.size(),
                      max - min,
                      sheets.size(),
                      outliers));
        });
    Map<String, List<Row>> ranked = new HashMap<>();
    byCourse.forEach(
        (course, rows) -> {
          rows.sort(
              Comparator.comparingDouble(Row::normalised)
                  .reversed()
                  .thenComparing(Comparator.comparingDouble(Row::rawMean).reversed())
                  .thenComparing(Row::planId));
          List<Row> numbered = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            numbered.add(
                new Row(
                    r.planId(),
                    i + 1,
                    r.rawMean(),
                    r.normalised(),
                    r.spread(),
                    r.sheets(),
                    r.outlierReviewers()));
          }
          ranked.put(course, numbered);
        });
    return ranked;
  }

  /** Mean and (population) standard deviation of each reviewer's totals. */
  private static Map<String, double[]> reviewerStats(List<Score> scores) {
    Map<String, List<Integer>> totals = new HashMap<>();
    scores.forEach(
        s -> totals.computeIfAbsent(s.reviewer(), k -> new ArrayList<>()).add(s.total()));
    Map<String, double[]> stats = new HashMap<>();
    totals.forEach(
        (reviewer, ts) -> {
          double mean = ts.stream().mapToInt(Integer::intValue).average().orElse(0);
          double var = ts.stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / ts.size();
          stats.put(reviewer, new double[] {mean, Math.sqrt(var)});
        });
    return stats;
  }
}
