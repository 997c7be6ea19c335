package nexus.review.exportcontrol.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nexus.review.exportcontrol.ExportControl;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Review staff's API for export control. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ExportControlApi {

  private final ExportControl exportControl;

  ExportControlApi(ExportControl exportControl) {
    this.exportControl = exportControl;
  }

  @PostMapping("/api/export-control/list")
  @Audited("export-control.list.upload")
  ExportControl.ListSummary upload(@RequestParam MultipartFile file, Authentication auth)
      throws IOException {
    return exportControl.upload(
        file.getOriginalFilename(), file.getBytes(), CurrentUser.of(auth).subject());
  }

  @GetMapping("/api/export-control/list")
  ExportControl.ListSummary current() {
    return exportControl.current().orElseThrow(() -> new NotFoundException("end user list"));
  }

  record Decision(String decision, String note) {}

  @PostMapping("/api/cases/{planId}/export-control/decision")
  @Audited("export-control.decide")
  void decide(@PathVariable String planId, @RequestBody Decision d, Authentication auth) {
    exportControl.decide(planId, d.decision(), d.note(), CurrentUser.of(auth).subject());
  }

  record DocumentsRequest(List<String> kinds, String message, LocalDate dueDate) {}

  @PostMapping("/api/cases/{planId}/documents-request")
  @Audited("documents.request")
  Map<String, String> request(
      @PathVariable String planId, @RequestBody DocumentsRequest r, Authentication auth) {
    return Map.of(
        "requestId",
        exportControl.requestDocuments(
            planId, r.kinds(), r.message(), r.dueDate(), CurrentUser.of(auth).subject()));
  }
}
