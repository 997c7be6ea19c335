package nexus.review.dashboard;

import nexus.review.reviewcase.ReviewCases;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Review staff's dashboard: the calls and the review cases received from intake. */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ReviewDashboard {

  private final ReviewCases cases;

  ReviewDashboard(ReviewCases cases) {
    this.cases = cases;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "cases", cases.page(Paging.of(page, 50, Sort.by("submittedAt").descending())));
    model.addAttribute("calls", cases.callIds());
    return "dashboard/index";
  }
}
