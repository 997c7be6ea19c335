package nexus.reporting.alumni;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One participation (plan, participant) of an alumni member and how alumni says the member may be
 * reached now. The address is kept only while alumni gives one (the member consents to mail and it
 * does not bounce). {@link #version} is alumni's contact version of the member: a lower one never
 * overwrites a higher; an erased member's entry is final.
 */
@Document("alumni_contacts")
class AlumniContactDocument {
  @Id String id;
  String planId;
  String participantId;
  String alumnusId;
  String email;
  String language;
  long version;
  Instant changedAt;
  boolean erased;

  static String idOf(String planId, String participantId) {
    return planId + "|" + participantId;
  }
}
