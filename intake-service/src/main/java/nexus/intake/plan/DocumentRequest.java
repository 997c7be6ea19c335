package nexus.intake.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request of review staff for more documents, kept on the plan it is about.
 *
 * @param requestId review's id of the request
 * @param kinds document kinds asked for
 * @param message what review staff wrote
 * @param dueDate wanted by (may be null)
 * @param requestedAt when review asked
 * @param answeredAt when the applicant sent the documents (null while open)
 * @param answeredBy who sent them
 * @param documents what was sent
 */
public record DocumentRequest(
    String requestId,
    List<String> kinds,
    String message,
    LocalDate dueDate,
    Instant requestedAt,
    Instant answeredAt,
    String answeredBy,
    List<SentDocument> documents) {

  public DocumentRequest {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public boolean open() {
    return answeredAt == null;
  }

  DocumentRequest answered(Instant at, String by, List<SentDocument> sent) {
    return new DocumentRequest(requestId, kinds, message, dueDate, requestedAt, at, by, sent);
  }

  /** A document sent in answer: kind, stored name, SHA-256, bytes. */
  public record SentDocument(String kind, String fileName, String sha256, long size) {}
}
