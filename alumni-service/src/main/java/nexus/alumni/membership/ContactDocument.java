package nexus.alumni.membership;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Early contact data of a participant from the submitted participant list, used at enrolment when
 * the completion carries none. Keyed by the hashed participation key; dropped on erasure.
 */
@Document("contacts")
class ContactDocument {
  @Id String id;
  String name;
  String email;
  String country;
  String affiliation;
  Instant submittedAt;
}
