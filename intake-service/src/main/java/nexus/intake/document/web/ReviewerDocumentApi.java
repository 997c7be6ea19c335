package nexus.intake.document.web;

import java.util.List;
import nexus.intake.document.Downloads;
import nexus.intake.document.PlanDocuments;
import nexus.intake.document.PlanReviewers;
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
 * Reviewers read the documents of the plans review currently assigns to them (as announced by
 * {@code ReviewersAssigned}); any other plan is not found for them. Every download is logged with
 * who and what.
 */
@RestController
@RequestMapping("/api/reviewer/plans/{planId}/documents")
@PreAuthorize("hasRole('reviewer')")
class ReviewerDocumentApi {

  private static final Logger access = LoggerFactory.getLogger("nexus.access");
  private final PlanDocuments documents;
  private final PlanReviewers reviewers;

  ReviewerDocumentApi(PlanDocuments documents, PlanReviewers reviewers) {
    this.documents = documents;
    this.reviewers = reviewers;
  }

  @GetMapping
  List<StoredDocument> list(Authentication auth, @PathVariable String planId) {
    assigned(auth, planId);
    return documents.list(planId);
  }

  @Audited("document.read")
  @GetMapping("/{kind}")
  ResponseEntity<Resource> download(
      Authentication auth, @PathVariable String planId, @PathVariable String kind) {
    String subject = assigned(auth, planId);
    Resource resource =
        documents
            .content(planId, kind)
            .orElseThrow(() -> new NotFoundException("document " + kind));
    access.info("document read by reviewer: plan={} kind={} by={}", planId, kind, subject);
    return Downloads.of(resource);
  }

  private String assigned(Authentication auth, String planId) {
    String subject = CurrentUser.of(auth).subject();
    if (!reviewers.isReviewer(planId, subject)) {
      throw new NotFoundException("plan " + planId);
    }
    return subject;
  }
}
