package nexus.reporting.survey.web;

import nexus.reporting.survey.Surveys;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff's survey pages: campaigns with response rates, and a campaign's results per question. */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class StaffSurveyPages {

  private final Surveys surveys;

  StaffSurveyPages(Surveys surveys) {
    this.surveys = surveys;
  }

  @GetMapping("/surveys")
  String campaigns(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "campaigns", surveys.campaigns(Paging.of(page, 50, Sort.by("createdAt").descending())));
    return "survey/campaigns";
  }

  @GetMapping("/surveys/{id}")
  String results(@PathVariable String id, Model model) {
    model.addAttribute("campaign", surveys.campaign(id));
    model.addAttribute("results", surveys.results(id));
    return "survey/results";
  }
}
