package nexus.review.scoring.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * One reviewer's scores of one plan. A draft may be partial; a submitted sheet scores every
 * criterion; every score is on the scale; a submitted sheet no longer changes.
 */
public final class ScoreSheet {

  private final Map<Criterion, Integer> scores;
  private final boolean submitted;

  public ScoreSheet(Map<Criterion, Integer> scores, boolean submitted) {
    this.scores = scores.isEmpty() ? new EnumMap<>(Criterion.class) : new EnumMap<>(scores);
    this.submitted = submitted;
  }

  /** The sheet with these scores saved as a draft. */
  public ScoreSheet save(Map<Criterion, Integer> newScores) {
    if (submitted) {
      throw new IllegalStateException("scoring.submitted");
    }
    newScores.values().forEach(ScoreSheet::onScale);
    return new ScoreSheet(newScores, false);
  }

  /** The sheet submitted: every criterion must be scored. */
  public ScoreSheet submit() {
    if (submitted) {
      return this;
    }
    for (Criterion c : Criterion.values()) {
      if (!scores.containsKey(c)) {
        throw new IllegalArgumentException("scoring.incomplete");
      }
    }
    return new ScoreSheet(scores, true);
  }

  /** The sum of the criteria (submitted sheets only are ranked). */
  public int total() {
    return scores.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<Criterion, Integer> scores() {
    return Map.copyOf(scores);
  }

  public boolean submitted() {
    return submitted;
  }

  private static void onScale(Integer score) {
    if (score == null || score < Criterion.MIN || score > Criterion.MAX) {
      throw new IllegalArgumentException("scoring.scale");
    }
  }
}
