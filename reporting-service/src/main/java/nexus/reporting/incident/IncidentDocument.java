package nexus.reporting.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How an incident report is stored, with its outbox. */
@Document("incidents")
class IncidentDocument {
  @Id String id;
  @Indexed String planId;
  String institutionId;
  String severity;
  Instant occurredAt;
  String place;
  String what;
  String harmed;
  String actions;
  String reportedBy;
  Instant reportedAt;
  @Indexed Instant acknowledgedAt;
  String acknowledgedBy;
  // when a person it named was erased (their name replaced by the marker)
  Instant erasedAt;
  List<OutboxEntry> outbox = new ArrayList<>();
}
