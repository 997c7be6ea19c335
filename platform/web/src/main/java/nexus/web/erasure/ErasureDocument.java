package nexus.web.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Per plan: the listed participants as keys (no names) and the erasures asked for, each with when
 * it was applied (null while the list that recognises the person has not arrived).
 */
@Document("erasures")
class ErasureDocument {
  @Id String planId;
  @Version Long version;
  List<ListedPerson> listed = new ArrayList<>();
  List<Request> requests = new ArrayList<>();

  /**
   * One participant's erasure.
   *
   * @param participantId reporting's participant id
   * @param alumnusId the alumni member who asked
   * @param erasedAt when alumni erased them
   * @param appliedAt when this service anonymised its copies (null: pending)
   * @param people how many people were anonymised in that run
   */
  record Request(
      String participantId, String alumnusId, Instant erasedAt, Instant appliedAt, int people) {}
}
