package nexus.alumni.membership;

import java.time.Instant;
import java.util.List;

/**
 * An alumni member as alumni staff see them.
 *
 * @param id pseudonymous participant id
 * @param planIds the completed exchanges the member took part in
 * @param enrolledAt when the first of those exchanges ended
 */
public record MemberView(String id, List<String> planIds, Instant enrolledAt) {

  static MemberView of(MemberDocument d) {
    return new MemberView(
        d.id, d.planIds == null ? List.of() : List.copyOf(d.planIds), d.enrolledAt);
  }
}
