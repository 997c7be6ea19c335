package nexus.intake.plan.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import nexus.intake.document.Downloads;
import nexus.intake.document.StoredDocument;
import nexus.intake.plan.DraftRequests.DraftEdit;
import nexus.intake.plan.DraftRequests.DraftView;
import nexus.intake.plan.DraftRequests.NewDraft;
import nexus.intake.plan.PlanDrafts;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Drafting API: start, save each step (checked against the rules), submit once. */
@RestController
@RequestMapping("/api/drafts")
@PreAuthorize("hasRole('applicant')")
class DraftApi {

  private final PlanDrafts drafts;

  DraftApi(PlanDrafts drafts) {
    this.drafts = drafts;
  }

  @PostMapping
  ResponseEntity<DraftView> start(Authentication auth, @Valid @RequestBody NewDraft request) {
    DraftView draft = drafts.start(CurrentUser.of(auth), request);
    return ResponseEntity.created(URI.create("/api/drafts/" + draft.plan().id())).body(draft);
  }

  @GetMapping("/{id}")
  DraftView one(Authentication auth, @PathVariable String id) {
    return drafts.view(CurrentUser.of(auth), id);
  }

  @PutMapping("/{id}")
  DraftView save(Authentication auth, @PathVariable String id, @Valid @RequestBody DraftEdit edit) {
    return drafts.edit(CurrentUser.of(auth), id, edit);
  }

  /** Uploads the plan document or an export-control form (PDF, Word or Excel, by content). */
  @PostMapping(path = "/{id}/documents/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<StoredDocument> upload(
      Authentication auth,
      @PathVariable String id,
      @PathVariable String kind,
      @RequestParam("file") MultipartFile file) {
    StoredDocument stored;
    try {
      stored =
          drafts.upload(
              CurrentUser.of(auth), id, kind, file.getOriginalFilename(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.created(URI.create("/api/drafts/" + id + "/documents/" + kind))
        .body(stored);
  }

  @GetMapping("/{id}/documents/{kind}")
  ResponseEntity<Resource> download(
      Authentication auth, @PathVariable String id, @PathVariable String kind) {
    return Downloads.of(drafts.document(CurrentUser.of(auth), id, kind));
  }

  /** The reason for a withdrawal. */
  record Withdrawal(String reason) {}

  @Audited("plan.withdraw")
  @PostMapping("/{id}/withdraw")
  DraftView withdraw(
      Authentication auth,
      @PathVariable String id,
      @RequestBody(required = false) Withdrawal body) {
    return drafts.withdraw(CurrentUser.of(auth), id, body == null ? null : body.reason());
  }

  /** {@code Idempotency-Key}: a retried or double-clicked submission yields one submission. */
  @Audited("plan.submit")
  @PostMapping("/{id}/submit")
  DraftView submit(
      Authentication auth,
      @PathVariable String id,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return drafts.submit(CurrentUser.of(auth), id, idempotencyKey);
  }
}
