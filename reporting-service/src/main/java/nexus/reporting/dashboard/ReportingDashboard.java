package nexus.reporting.dashboard;

import nexus.reporting.obligation.Obligations;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reporting staff's dashboard: the plans whose institutions owe reports. */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class ReportingDashboard {

  private final Obligations obligations;

  ReportingDashboard(Obligations obligations) {
    this.obligations = obligations;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "obligations",
        obligations.page(Paging.of(page, 50, Sort.by("firstSignedAt").descending())));
    return "dashboard/index";
  }
}
