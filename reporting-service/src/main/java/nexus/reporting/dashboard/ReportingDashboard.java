package nexus.reporting.dashboard;

import nexus.reporting.incident.Incidents;
import nexus.reporting.obligation.Obligations;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reporting staff's dashboard: incidents not yet acknowledged (banner), and the plans whose
 * institutions owe reports, with due dates and overdue flags.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class ReportingDashboard {

  private final Obligations obligations;
  private final Incidents incidents;

  ReportingDashboard(Obligations obligations, Incidents incidents) {
    this.obligations = obligations;
    this.incidents = incidents;
  }

  // the banner shows what the unacknowledged incidents say
  @Audited("incident.read")
  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("incidents", incidents.unacknowledged());
    model.addAttribute(
        "obligations", obligations.page(Paging.of(page, 50, Sort.by("receivedAt").descending())));
    return "dashboard/index";
  }

  @Audited("incident.acknowledge")
  @PostMapping("/dashboard/incidents/{id}/acknowledge")
  String acknowledge(@PathVariable String id, Authentication auth) {
    incidents.acknowledge(id, CurrentUser.of(auth));
    return "redirect:/dashboard";
  }
}
