package nexus.contract.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the work plan (業務計画書) or of an amendment to it, as written and as decided.
 *
 * @param version 1, 2, ...
 * @param budget budget by category
 * @param start first day of the exchange
 * @param end last day of the exchange
 * @param participants participants' names and roles
 * @param writtenBy who wrote it
 * @param writtenAt when
 * @param decision null while undecided, else APPROVED or RETURNED
 * @param decidedBy who decided
 * @param decidedAt when
 * @param comment staff's comment (required when returned), or the amendment's reason
 */
public record WorkPlanVersion(
    int version,
    Budget budget,
    LocalDate start,
    LocalDate end,
    List<String> participants,
    String writtenBy,
    Instant writtenAt,
    String decision,
    String decidedBy,
    Instant decidedAt,
    String comment) {

  public WorkPlanVersion {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  WorkPlanVersion decided(String decision, Actor staff, Instant at, String comment) {
    return new WorkPlanVersion(
        version,
        budget,
        start,
        end,
        participants,
        writtenBy,
        writtenAt,
        decision,
        staff.name(),
        at,
        comment);
  }

  /** The same version with its participant entries passed through {@code change}. */
  WorkPlanVersion withParticipants(java.util.function.UnaryOperator<String> change) {
    return new WorkPlanVersion(
        version,
        budget,
        start,
        end,
        participants.stream().map(change).toList(),
        writtenBy,
        writtenAt,
        decision,
        decidedBy,
        decidedAt,
        comment);
  }
}
