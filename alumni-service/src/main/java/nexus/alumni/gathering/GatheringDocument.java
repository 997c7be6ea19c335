package nexus.alumni.gathering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.alumni.membership.domain.Segment;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A regional gathering as stored, with its seats and pending notifications. */
@Document("gatherings")
public class GatheringDocument {
  @Id public String id;
  public String titleJa;
  public String titleEn;
  public String place;

  /** The venue's time zone (a region id); null in gatherings stored before: Japan. */
  public String zone;

  /** When it starts: an instant, entered and shown in the venue's zone. */
  public Instant startsAt;

  public int capacity;

  /** The language of the gathering: ja, en or both. */
  public String language;

  public List<Segment> segments = new ArrayList<>();
  public List<String> invited = new ArrayList<>();
  public List<String> going = new ArrayList<>();
  public List<String> waitlist = new ArrayList<>();
  public List<String> attended = new ArrayList<>();

  /** Attendances of members erased since: counted, not named. */
  public int anonymousAttended;

  public Instant remindedAt;

  /** Members sent a reminder (also those promoted after the reminders went out): once each. */
  public List<String> reminded = new ArrayList<>();

  public Instant createdAt;
  @Version public Long version;
  public List<OutboxEntry> outbox = new ArrayList<>();
}
