package nexus.reporting.obligation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nexus.reporting.obligation.AccountingContent;
import nexus.reporting.obligation.HostReports;
import nexus.reporting.obligation.HostReports.ReportsView;
import nexus.reporting.obligation.ObligationView;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.OutcomeContent;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's reports: its institutions hand in the participant list, outcome report and accounting
 * reports; reporting staff accept or return them. A plan of another institution is not found.
 */
@RestController
class PlanReportApi {

  private final Obligations obligations;
  private final HostReports reports;

  PlanReportApi(Obligations obligations, HostReports reports) {
    this.obligations = obligations;
    this.reports = reports;
  }

  @GetMapping("/api/plans/mine")
  @PreAuthorize("hasAnyRole('applicant','partner')")
  Page<ObligationView> mine(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication auth) {
    CurrentUser user = CurrentUser.of(auth);
    return obligations.ofInstitution(
        String.valueOf(user.institutionId()), Paging.of(page, size, Obligations.NEWEST_SIGNED));
  }

  @GetMapping("/api/plans/{planId}")
  @PreAuthorize("hasAnyRole('applicant','partner','staff-reporting','admin')")
  ObligationView plan(@PathVariable String planId, Authentication auth) {
    CurrentUser user = CurrentUser.of(auth);
    ObligationView plan = obligations.visibleTo(planId, user);
    obligations.noteContact(planId, user);
    return plan;
  }

  @Audited("participant-list.read")
  @GetMapping("/api/plans/{planId}/reports")
  @PreAuthorize("hasAnyRole('applicant','partner','staff-reporting','admin')")
  ReportsView planReports(@PathVariable String planId, Authentication auth) {
    return reports.reports(planId, CurrentUser.of(auth));
  }

  /** The host's confirmed participants. */
  record ParticipantListForm(
      @NotNull @Size(max = 200) List<@Valid @NotNull ParticipantForm> participants) {}

  @PutMapping("/api/plans/{planId}/participant-list")
  @PreAuthorize("hasRole('applicant')")
  List<ConfirmedParticipant> participantList(
      @PathVariable String planId,
      @Valid @RequestBody ParticipantListForm form,
      Authentication auth) {
    return reports.submitParticipantList(
        planId,
        form.participants().stream().map(ParticipantForm::toParticipant).toList(),
        CurrentUser.of(auth));
  }

  @PutMapping("/api/plans/{planId}/outcome-report")
  @PreAuthorize("hasRole('applicant')")
  ReportsView outcome(
      @PathVariable String planId, @Valid @RequestBody OutcomeContent form, Authentication auth) {
    CurrentUser user = CurrentUser.of(auth);
    reports.submitOutcome(planId, form, user);
    return reports.reports(planId, user);
  }

  @PutMapping("/api/plans/{planId}/accounting-report")
  @Audited("accounting-report.submit")
  @PreAuthorize("hasAnyRole('applicant','partner')")
  ReportsView accounting(
      @PathVariable String planId,
      @Valid @RequestBody AccountingContent form,
      Authentication auth) {
    CurrentUser user = CurrentUser.of(auth);
    reports.submitAccounting(planId, form, user);
    return reports.reports(planId, user);
  }

  @Audited("outcome-report.decide")
  @PostMapping("/api/plans/{planId}/outcome-report/decision")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  ReportsView decideOutcome(
      @PathVariable String planId,
      @Valid @RequestBody ObligationApi.Decision decision,
      Authentication auth) {
    reports.decideOutcome(planId, decision.accept(), decision.comment());
    return reports.reports(planId, CurrentUser.of(auth));
  }

  @Audited(
      value = "accounting-report.decide",
      subject = {"planId", "institutionId"})
  @PostMapping("/api/plans/{planId}/accounting-reports/{institutionId}/decision")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  ReportsView decideAccounting(
      @PathVariable String planId,
      @PathVariable String institutionId,
      @Valid @RequestBody ObligationApi.Decision decision,
      Authentication auth) {
    reports.decideAccounting(planId, institutionId, decision.accept(), decision.comment());
    return reports.reports(planId, CurrentUser.of(auth));
  }
}
