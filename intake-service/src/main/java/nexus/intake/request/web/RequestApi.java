package nexus.intake.request.web;

import java.io.IOException;
import java.util.List;
import nexus.intake.document.StoredDocument;
import nexus.intake.plan.DocumentRequest;
import nexus.intake.request.Requests;
import nexus.intake.request.Requests.RequestView;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The same as the plan page's requests section, as JSON (problem details on refusal). */
@RestController
@RequestMapping("/api/plans/{id}/document-requests")
@PreAuthorize("hasRole('applicant')")
class RequestApi {

  private final Requests requests;

  RequestApi(Requests requests) {
    this.requests = requests;
  }

  @GetMapping
  List<RequestView> list(Authentication auth, @PathVariable String id) {
    return requests.of(CurrentUser.of(auth), id);
  }

  @PostMapping(path = "/{requestId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  StoredDocument upload(
      Authentication auth,
      @PathVariable String id,
      @PathVariable String requestId,
      @RequestParam String kind,
      @RequestParam(required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new RuleViolationException(HttpStatus.BAD_REQUEST, "document.empty");
    }
    return requests.upload(
        CurrentUser.of(auth), id, requestId, kind, file.getOriginalFilename(), file.getBytes());
  }

  @Audited("documents.send")
  @PostMapping("/{requestId}/send")
  DocumentRequest send(
      Authentication auth, @PathVariable String id, @PathVariable String requestId) {
    return requests.send(CurrentUser.of(auth), id, requestId);
  }
}
