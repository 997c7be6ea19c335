package nexus.reporting.press.web;

import jakarta.validation.Valid;
import nexus.reporting.press.PressCoverage;
import nexus.reporting.press.PressCoverageForm;
import nexus.reporting.press.PressCoverageView;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Press coverage through the API: institutions report on their plans, staff search it all. */
@RestController
class PressApi {

  static final Sort NEWEST = Sort.by("publishedOn").descending().and(Sort.by("reportedAt"));

  private final PressCoverage press;

  PressApi(PressCoverage press) {
    this.press = press;
  }

  @PostMapping("/api/plans/{planId}/press-coverage")
  @PreAuthorize("hasAnyRole('applicant','partner')")
  @ResponseStatus(HttpStatus.CREATED)
  PressCoverageView report(
      @PathVariable String planId,
      @Valid @RequestBody PressCoverageForm form,
      Authentication auth) {
    return press.report(planId, form, CurrentUser.of(auth));
  }

  @GetMapping("/api/plans/{planId}/press-coverage")
  @PreAuthorize("hasAnyRole('applicant','partner','staff-reporting','admin')")
  Page<PressCoverageView> ofPlan(
      @PathVariable String planId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication auth) {
    return press.ofPlan(planId, CurrentUser.of(auth), Paging.of(page, size, NEWEST));
  }

  @GetMapping("/api/press-coverage")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  Page<PressCoverageView> search(
      @RequestParam(required = false) String call,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return press.search(call, q, Paging.of(page, size, NEWEST));
  }
}
