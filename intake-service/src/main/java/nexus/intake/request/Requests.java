package nexus.intake.request;

import java.util.List;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.DocumentRules;
import nexus.intake.document.RequestedDocuments;
import nexus.intake.document.StoredDocument;
import nexus.intake.plan.DocumentRequest;
import nexus.intake.plan.DocumentRequests;
import nexus.intake.plan.DocumentRequests.PlanRequests;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Answering a request: upload each kind asked for, then send them all at once. Only the plan's
 * institution, only while the request is open, only the kinds asked for.
 */
@Service
public class Requests {

  private final DocumentRequests requests;
  private final RequestedDocuments documents;
  private final CallCatalog calls;

  Requests(DocumentRequests requests, RequestedDocuments documents, CallCatalog calls) {
    this.requests = requests;
    this.documents = documents;
    this.calls = calls;
  }

  /** A request with what has been uploaded for it so far. */
  public record RequestView(DocumentRequest request, List<StoredDocument> uploaded) {

    /** The stored name of the kind's uploaded file, or null while none is uploaded. */
    public String fileName(String kind) {
      return uploaded.stream()
          .filter(d -> d.kind().equals(kind))
          .map(StoredDocument::fileName)
          .findFirst()
          .orElse(null);
    }
  }

  public PlanRequests plan(CurrentUser user, String planId) {
    return requests.of(user, planId);
  }

  public List<RequestView> of(CurrentUser user, String planId) {
    return plan(user, planId).requests().stream()
        .map(r -> new RequestView(r, documents.list(r.requestId(), r.kinds())))
        .toList();
  }

  public StoredDocument upload(
      CurrentUser user,
      String planId,
      String requestId,
      String kind,
      String originalName,
      byte[] content) {
    PlanRequests plan = plan(user, planId);
    DocumentRequest request = openRequest(plan, requestId);
    if (!request.kinds().contains(kind)) {
      throw new RuleViolationException(HttpStatus.BAD_REQUEST, "request.kind.invalid", kind);
    }
    return documents.store(
        planId,
        requestId,
        rules(plan),
        kind,
        plan.institutionName(),
        originalName,
        content,
        user.subject());
  }

  /** Sends the uploaded documents to review; refused while a kind asked for is missing. */
  public DocumentRequest send(CurrentUser user, String planId, String requestId) {
    PlanRequests plan = plan(user, planId);
    DocumentRequest request = openRequest(plan, requestId);
    List<StoredDocument> uploaded = documents.list(requestId, request.kinds());
    List<String> missing =
        request.kinds().stream()
            .filter(k -> uploaded.stream().noneMatch(d -> d.kind().equals(k)))
            .toList();
    if (!missing.isEmpty()) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_CONTENT, "request.missing", String.join(", ", missing));
    }
    return requests.answer(
        user,
        planId,
        requestId,
        uploaded.stream()
            .map(
                d -> new DocumentRequest.SentDocument(d.kind(), d.fileName(), d.sha256(), d.size()))
            .toList());
  }

  private DocumentRules rules(PlanRequests plan) {
    return calls
        .find(plan.callId())
        .orElseThrow(() -> new NotFoundException("call " + plan.callId()))
        .documents();
  }

  private static DocumentRequest openRequest(PlanRequests plan, String requestId) {
    DocumentRequest request = plan.request(requestId);
    if (!request.open()) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "request.answered.already");
    }
    return request;
  }
}
