package nexus.contract.dashboard;

import nexus.contract.award.AwardedPlans;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Contract staff's dashboard: the awarded plans received from review. */
@Controller
@PreAuthorize("hasAnyRole('staff-contract','admin')")
class ContractDashboard {

  private final AwardedPlans awards;

  ContractDashboard(AwardedPlans awards) {
    this.awards = awards;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "awards", awards.page(Paging.of(page, 50, Sort.by("awardedAt").descending())));
    return "dashboard/index";
  }
}
