package nexus.reporting.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import nexus.reporting.obligation.HostReports;
import nexus.reporting.obligation.Obligations;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's reports for reporting staff: the participant list, the outcome report and the accounting
 * reports, each waiting one accepted or returned with a comment.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class StaffPlanPages {

  private final Obligations obligations;
  private final HostReports reports;
  private final MessageSource messages;

  StaffPlanPages(Obligations obligations, HostReports reports, MessageSource messages) {
    this.obligations = obligations;
    this.reports = reports;
    this.messages = messages;
  }

  @Audited("participant-list.read")
  @GetMapping("/obligations/{planId}")
  String plan(@PathVariable String planId, Authentication auth, Model model) {
    show(planId, CurrentUser.of(auth), model);
    return "dashboard/plan";
  }

  @Audited("outcome-report.decide")
  @PostMapping("/obligations/{planId}/outcome-report/decision")
  String outcome(
      @PathVariable String planId,
      @RequestParam boolean accept,
      @RequestParam(required = false) String comment,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    try {
      reports.decideOutcome(planId, accept, comment);
      return "redirect:/obligations/" + planId;
    } catch (RuleViolationException e) {
      return refused(planId, e, auth, model, response);
    }
  }

  @Audited(
      value = "accounting-report.decide",
      subject = {"planId", "institutionId"})
  @PostMapping("/obligations/{planId}/accounting-reports/{institutionId}/decision")
  String accounting(
      @PathVariable String planId,
      @PathVariable String institutionId,
      @RequestParam boolean accept,
      @RequestParam(required = false) String comment,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    try {
      reports.decideAccounting(planId, institutionId, accept, comment);
      return "redirect:/obligations/" + planId;
    } catch (RuleViolationException e) {
      return refused(planId, e, auth, model, response);
    }
  }

  private String refused(
      String planId,
      RuleViolationException e,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    response.setStatus(e.status().value());
    show(planId, CurrentUser.of(auth), model);
    model.addAttribute(
        "error",
        messages.getMessage(
            e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
    return "dashboard/plan";
  }

  private void show(String planId, CurrentUser user, Model model) {
    model.addAttribute("plan", obligations.visibleTo(planId, user));
    model.addAttribute("reports", reports.reports(planId, user));
  }
}
