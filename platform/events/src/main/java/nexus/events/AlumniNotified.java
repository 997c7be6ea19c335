package nexus.events;

import java.time.Instant;

/**
 * The alumni association notified a member about a gathering or an announcement. Alumni-service's
 * own mail consumer sends the e-mail (honouring the member's mail consent at sending time); the
 * address stays in alumni-service.
 *
 * @param alumnusId alumni member id
 * @param kind {@code GATHERING_INVITATION}, {@code GATHERING_REMINDER}, {@code WAITLIST_PROMOTED}
 *     or {@code ANNOUNCEMENT}
 * @param subjectId the gathering or announcement id
 * @param notifiedAt when
 */
@EventType(name = "alumni.notified", version = 1)
public record AlumniNotified(String alumnusId, String kind, String subjectId, Instant notifiedAt)
    implements IntegrationEvent {

  @Override
  public String key() {
    return subjectId;
  }
}
