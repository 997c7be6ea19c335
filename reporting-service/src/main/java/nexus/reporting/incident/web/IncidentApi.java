package nexus.reporting.incident.web;

import jakarta.validation.Valid;
import nexus.reporting.incident.IncidentForm;
import nexus.reporting.incident.IncidentView;
import nexus.reporting.incident.Incidents;
import nexus.reporting.obligation.Obligations;
import nexus.web.Audited;
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

/** Incident reports: institutions report on their plans, reporting staff read and acknowledge. */
@RestController
class IncidentApi {

  private final Incidents incidents;
  private final Obligations obligations;

  IncidentApi(Incidents incidents, Obligations obligations) {
    this.incidents = incidents;
    this.obligations = obligations;
  }

  @PostMapping("/api/plans/{planId}/incidents")
  @PreAuthorize("hasAnyRole('applicant','partner')")
  @ResponseStatus(HttpStatus.CREATED)
  IncidentView report(
      @PathVariable String planId, @Valid @RequestBody IncidentForm form, Authentication auth) {
    return incidents.report(planId, form, CurrentUser.of(auth));
  }

  @Audited("incident.read")
  @GetMapping("/api/plans/{planId}/incidents")
  @PreAuthorize("hasAnyRole('applicant','partner','staff-reporting','admin')")
  Page<IncidentView> ofPlan(
      @PathVariable String planId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication auth) {
    obligations.visibleTo(planId, CurrentUser.of(auth));
    return incidents.page(planId, Paging.of(page, size, Sort.by("reportedAt").descending()));
  }

  @Audited("incident.read")
  @GetMapping("/api/incidents")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  Page<IncidentView> all(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return incidents.page(null, Paging.of(page, size, Sort.by("reportedAt").descending()));
  }

  @Audited("incident.acknowledge")
  @PostMapping("/api/incidents/{id}/acknowledge")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  IncidentView acknowledge(@PathVariable String id, Authentication auth) {
    return incidents.acknowledge(id, CurrentUser.of(auth));
  }
}
