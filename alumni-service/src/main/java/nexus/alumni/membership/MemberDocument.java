package nexus.alumni.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nexus.alumni.membership.domain.ConsentRecord;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Visibility;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How an alumni member is stored: one document per person, however many exchanges they took part
 * in. After erasure only a tombstone is left (id, hashed participation keys, anonymous counts).
 */
@Document("members")
public class MemberDocument {
  @Id public String id;

  /** Hashes of (plan id, participant id) of every participation: the enrolment identity. */
  public List<String> participationKeys = new ArrayList<>();

  /** Normalised e-mail: the same person across plans. */
  public String emailKey;

  /** Where mail goes; the member may change it (enrolment's {@link #emailKey} stays). */
  public String email;

  /** When the mail server refused {@link #email} for good; no mail goes there until it changes. */
  public Instant emailBouncedAt;

  /** The server's reply to that refusal (e.g. {@code 550 5.1.1 ...}). */
  public String emailBounce;

  public String name;
  public String country;
  public String institution;
  public String position;
  public List<String> fields = new ArrayList<>();
  public String language;
  public List<Exchange> exchanges = new ArrayList<>();
  public Instant enrolledAt;

  public Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
  public boolean contactableByMembers;
  public boolean listed;
  public boolean mailConsent;
  public List<ConsentRecord> consents = new ArrayList<>();

  public String claimTokenHash;
  public Instant claimExpiresAt;
  public Instant claimedAt;

  /** The login bound at claim (the token's subject). */
  public String subject;

  public String loginEmail;

  public boolean erased;
  public Instant erasedAt;

  /** What statistics keep of an erased member: country and call years, no person. */
  public String statCountry;

  public List<Integer> statCallYears = new ArrayList<>();

  /**
   * How often the member's contact changed ({@code alumni.contact-changed}'s version); null until
   * first told. A write that changes the contact checks it is unchanged since the member was read.
   */
  public Long contactVersion;

  public List<OutboxEntry> outbox = new ArrayList<>();

  /**
   * One exchange the member took part in.
   *
   * @param planId plan id
   * @param participantId the participant's id in that plan
   * @param program program code ({@code ytec})
   * @param callYear call year
   * @param course course code
   * @param field the plan's research field
   * @param host host institution
   * @param counterparts counterpart institutions, {@code institution (CC)}
   * @param start first day
   * @param end last day
   * @param role PARTICIPANT or CHAPERONE
   * @param direction INVITATION or DISPATCH
   */
  public record Exchange(
      String planId,
      String participantId,
      String program,
      Integer callYear,
      String course,
      String field,
      String host,
      List<String> counterparts,
      LocalDate start,
      LocalDate end,
      String role,
      String direction) {}
}
