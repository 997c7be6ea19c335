package nexus.review.reviewcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a review case is stored. Its id is the plan id: one case per plan. */
@Document("review_cases")
class ReviewCaseDocument {
  @Id String planId;
  String callId;
  String institutionId;
  String institutionName;
  String course;
  String title;
  List<String> counterpartCountries = new ArrayList<>();
  long requestedAmountJpy;
  Instant submittedAt;
  Instant receivedAt;
  Integer submissionVersion;
  Instant withdrawnAt;
  String status;
  List<OutboxEntry> outbox = new ArrayList<>();
}
