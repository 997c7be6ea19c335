package nexus.intake.dashboard;

import nexus.intake.plan.PlanSubmissions;
import nexus.intake.plan.domain.PlanStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Intake staff's dashboard: how many plans are drafted and submitted. */
@Controller
@PreAuthorize("hasAnyRole('staff-intake','admin')")
class IntakeDashboard {

  private final PlanSubmissions submissions;

  IntakeDashboard(PlanSubmissions submissions) {
    this.submissions = submissions;
  }

  @GetMapping("/dashboard")
  String dashboard(Model model) {
    model.addAttribute("submitted", submissions.count(PlanStatus.SUBMITTED));
    model.addAttribute("drafts", submissions.count(PlanStatus.DRAFT));
    return "dashboard/index";
  }
}
