package nexus.alumni.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How an alumni member is stored. Its id is the (pseudonymous) participant id: one member per
 * person, however many exchanges they took part in.
 */
@Document("members")
class MemberDocument {
  @Id String id;
  List<String> planIds = new ArrayList<>();
  Instant enrolledAt;
  List<OutboxEntry> outbox = new ArrayList<>();
}
