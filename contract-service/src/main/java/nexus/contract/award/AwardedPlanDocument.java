package nexus.contract.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an awarded plan is stored. Its id is the plan id: one record per awarded plan. */
@Document("awarded_plans")
class AwardedPlanDocument {
  @Id String planId;
  String callId;
  String institutionId;
  String course;
  long awardedAmountJpy;
  List<String> conditions = new ArrayList<>();
  Instant awardedAt;
  Instant receivedAt;
  String status;
  List<OutboxEntry> outbox = new ArrayList<>();
}
