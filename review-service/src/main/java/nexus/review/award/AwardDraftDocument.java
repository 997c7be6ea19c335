package nexus.review.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Staff's award work on one call: adjustments, the last proposal, finalisation. Id = call id. */
@Document("award_drafts")
class AwardDraftDocument {
  @Id String callId;
  Map<String, AwardAdjustment> adjustments = new HashMap<>();
  AwardProposal proposal;
  Instant adjustedAt;
  Instant finalisedAt;

  List<String> forced(String kind) {
    List<String> ids = new ArrayList<>();
    adjustments.forEach(
        (id, a) -> {
          if (kind.equals(a.forced())) {
            ids.add(id);
          }
        });
    return ids;
  }
}
