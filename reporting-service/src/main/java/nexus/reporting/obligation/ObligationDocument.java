package nexus.reporting.obligation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a plan's reporting obligation is stored. Its id is the plan id: one per plan, naming every
 * institution that signed an agreement (each owes its own accounting report).
 */
@Document("obligations")
class ObligationDocument {
  @Id String planId;
  List<String> institutionIds = new ArrayList<>();
  Instant firstSignedAt;
  Instant receivedAt;
  String status;
  List<OutboxEntry> outbox = new ArrayList<>();
}
