package nexus.events;

import java.time.Instant;
import java.util.List;
import nexus.events.AlumniErased.PlanParticipant;

/**
 * How the alumni association may reach a member now: published whenever the member's exchanges,
 * mail consent, address, bounce state, language or membership change (and once for every member
 * known before this event existed). The address travels only while the member consents to receive
 * mail (announcements, gatherings and the program's follow-up surveys) and it does not bounce;
 * otherwise it is null and the member must not be mailed. Readers keep the highest {@link #version}
 * per member: a later change wins whatever order the events arrive in.
 *
 * @param alumnusId the alumni member id
 * @param participants every (plan id, participant id) the member is known by
 * @param email the address to mail, or null when the member must not be mailed
 * @param language the member's language for mail, {@code ja} or {@code en} (null once erased)
 * @param version the member's contact version: higher is later
 * @param changedAt when the change happened
 */
@EventType(name = "alumni.contact-changed", version = 1)
public record AlumniContactChanged(
    String alumnusId,
    List<PlanParticipant> participants,
    String email,
    String language,
    long version,
    Instant changedAt)
    implements IntegrationEvent {

  /** Defensive copies keep the event immutable. */
  public AlumniContactChanged {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  @Override
  public String key() {
    return alumnusId;
  }

  @Override
  public String toString() {
    // the address stays out of logs
    return "AlumniContactChanged[alumnusId="
        + alumnusId
        + ", participants="
        + participants.size()
        + ", mail="
        + (email != null)
        + ", version="
        + version
        + "]";
  }
}
