package nexus.reporting.activity.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import nexus.reporting.activity.ActivityReportForm;
import nexus.reporting.activity.ActivityReportView;
import nexus.reporting.activity.ActivityReports;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The host writes a plan's activity report and adds photos; staff publish it. */
@RestController
class ActivityReportApi {

  private final ActivityReports reports;

  ActivityReportApi(ActivityReports reports) {
    this.reports = reports;
  }

  @PutMapping("/api/plans/{planId}/activity-report")
  @PreAuthorize("hasRole('applicant')")
  ActivityReportView write(
      @PathVariable String planId,
      @Valid @RequestBody ActivityReportForm form,
      Authentication auth) {
    return reports.write(planId, form, CurrentUser.of(auth));
  }

  @GetMapping("/api/plans/{planId}/activity-report")
  @PreAuthorize("hasAnyRole('applicant','partner','staff-reporting','admin')")
  ActivityReportView ofPlan(@PathVariable String planId, Authentication auth) {
    return reports
        .ofPlan(planId, CurrentUser.of(auth))
        .orElseThrow(() -> new NotFoundException("activity report of " + planId));
  }

  @PostMapping("/api/activity-reports/{id}/photos")
  @PreAuthorize("hasRole('applicant')")
  ActivityReportView photo(
      @PathVariable String id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String captionJa,
      @RequestParam(required = false) String captionEn,
      @RequestParam(required = false) List<String> pictured,
      Authentication auth)
      throws IOException {
    return reports.addPhoto(
        id,
        file.getBytes(),
        file.getOriginalFilename(),
        captionJa,
        captionEn,
        pictured,
        CurrentUser.of(auth));
  }

  @DeleteMapping("/api/activity-reports/{id}/photos/{photoId}")
  @PreAuthorize("hasRole('applicant')")
  ActivityReportView removePhoto(
      @PathVariable String id, @PathVariable String photoId, Authentication auth) {
    return reports.removePhoto(id, photoId, CurrentUser.of(auth));
  }

  @GetMapping("/api/activity-reports")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  Page<ActivityReportView> all(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return reports.forStaff(status, Paging.of(page, size, Sort.by("updatedAt").descending()));
  }

  @PostMapping("/api/activity-reports/{id}/publish")
  @Audited("activity-report.publish")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  ActivityReportView publish(@PathVariable String id, Authentication auth) {
    return reports.publish(id, CurrentUser.of(auth));
  }

  @PostMapping("/api/activity-reports/{id}/unpublish")
  @Audited("activity-report.unpublish")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  ActivityReportView unpublish(@PathVariable String id) {
    return reports.unpublish(id);
  }
}
