package nexus.review.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One reminder of one reviewer for one call's deadline; its outbox carries the event. */
@Document("scoring_reminders")
class ReminderDocument {
  @Id String id;
  String callId;
  String reviewer;
  Instant deadline;
  int openPlans;
  Instant dueAt;
  Instant sentAt;
  List<OutboxEntry> outbox = new ArrayList<>();
}
