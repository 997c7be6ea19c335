package nexus.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Review staff asked the applicant for more documents (e.g. for export control); the case's review
 * pauses until intake reports them with {@link DocumentsSupplied}.
 *
 * @param planId plan id
 * @param requestId request id, echoed in the answer
 * @param kinds document kinds asked for (the call's kinds, e.g. {@code EXPORT_CONTROL_HOST}, or
 *     {@code OTHER})
 * @param message what is asked and why, as review staff wrote it
 * @param dueDate answer wanted by (Asia/Tokyo calendar day), may be null
 * @param requestedAt request instant
 */
@EventType(name = "documents.requested", version = 1)
public record DocumentsRequested(
    String planId,
    String requestId,
    List<String> kinds,
    String message,
    LocalDate dueDate,
    Instant requestedAt)
    implements PlanEvent {

  /** Defensive copies keep the event immutable. */
  public DocumentsRequested {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
  }
}
