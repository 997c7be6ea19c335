package nexus.intake.document.web;

import java.util.List;
import nexus.intake.document.Downloads;
import nexus.intake.document.PlanDocuments;
import nexus.intake.document.RequestedDocuments;
import nexus.intake.document.StoredDocument;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake and review staff read any plan's documents, those it was submitted with and those sent in
 * answer to review's requests; every download is logged with who and what.
 */
@RestController
@RequestMapping("/api/staff/plans/{planId}/documents")
@PreAuthorize("hasAnyRole('staff-intake','staff-review','admin')")
class StaffDocumentApi {

  private static final Logger access = LoggerFactory.getLogger("nexus.access");
  private final PlanDocuments documents;
  private final RequestedDocuments requested;

  StaffDocumentApi(PlanDocuments documents, RequestedDocuments requested) {
    this.documents = documents;
    this.requested = requested;
  }

  @GetMapping
  List<StoredDocument> list(@PathVariable String planId) {
    return documents.list(planId);
  }

  @Audited("document.read")
  @GetMapping("/{kind}")
  ResponseEntity<Resource> download(
      Authentication auth, @PathVariable String planId, @PathVariable String kind) {
    Resource resource =
        documents
            .content(planId, kind)
            .orElseThrow(() -> new NotFoundException("document " + kind));
    access.info(
        "document read: plan={} kind={} by={}", planId, kind, CurrentUser.of(auth).subject());
    return Downloads.of(resource);
  }

  /** A document sent in answer to one of review's requests. */
  @Audited("document.read")
  @GetMapping("/requests/{requestId}/{kind}")
  ResponseEntity<Resource> requested(
      Authentication auth,
      @PathVariable String planId,
      @PathVariable String requestId,
      @PathVariable String kind) {
    Resource resource =
        requested
            .content(planId, requestId, kind)
            .orElseThrow(() -> new NotFoundException("document " + kind));
    access.info(
        "requested document read: plan={} request={} kind={} by={}",
        planId,
        requestId,
        kind,
        CurrentUser.of(auth).subject());
    return Downloads.of(resource);
  }
}
