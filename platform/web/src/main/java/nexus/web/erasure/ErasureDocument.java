package nexus.web.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Per plan: the listed participants as keys (no names) and the erasures asked for, each with when
 * it was applied (null while pending: the list that recognises the person has not arrived, or no
 * copy of this service names them yet).
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
   * @param unmatchedAt when the list recognised the person but no copy named them (null: never);
   *     the request stays pending and staff see it in the audit trail
   */
  record Request(
      String participantId,
      String alumnusId,
      Instant erasedAt,
      Instant appliedAt,
      int people,
      Instant unmatchedAt) {

    Request applied(Instant at, int anonymised) {
      return new Request(participantId, alumnusId, erasedAt, at, anonymised, unmatchedAt);
    }

    Request unmatched(Instant at) {
      return new Request(participantId, alumnusId, erasedAt, appliedAt, people, at);
    }
  }
}
