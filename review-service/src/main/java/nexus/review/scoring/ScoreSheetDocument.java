package nexus.review.scoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One reviewer's sheet for one plan; id = planId|reviewer. */
@Document("score_sheets")
public class ScoreSheetDocument {
  @Id public String id;
  public String planId;
  public String callId;
  public String course;
  public String reviewer;
  public Map<String, Integer> scores = new HashMap<>();
  public Map<String, String> comments = new HashMap<>();
  public String status;
  public Instant savedAt;
  public Instant submittedAt;

  public static String idOf(String planId, String reviewer) {
    return planId + "|" + reviewer;
  }
}
