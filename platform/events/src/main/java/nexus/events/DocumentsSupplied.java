package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * The applicant uploaded the documents review staff asked for.
 *
 * @param planId plan id
 * @param requestId the {@link DocumentsRequested} this answers
 * @param documents the uploaded documents (kind, stored name, SHA-256, bytes)
 * @param suppliedAt instant the applicant sent them
 */
@EventType(name = "documents.supplied", version = 1)
public record DocumentsSupplied(
    String planId, String requestId, List<PlanSnapshot.Document> documents, Instant suppliedAt)
    implements PlanEvent {

  /** Defensive copies keep the event immutable. */
  public DocumentsSupplied {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }
}
