package nexus.alumni.announcement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.alumni.membership.domain.Segment;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An announcement with the members it reached and its pending e-mails. */
@Document("announcements")
public class AnnouncementDocument {
  @Id public String id;
  public String titleJa;
  public String titleEn;
  public String bodyJa;
  public String bodyEn;
  public Segment segment;
  public List<String> recipients = new ArrayList<>();
  public int mailed;
  public Instant publishedAt;
  public List<OutboxEntry> outbox = new ArrayList<>();
}
