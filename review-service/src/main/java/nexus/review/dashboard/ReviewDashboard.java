package nexus.review.dashboard;

import nexus.review.reviewcase.ReviewCases;
import nexus.review.reviewer.Reviewers;
import nexus.review.scoring.ReviewerProgress;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Review staff's dashboard: the calls, the reviewers' scoring progress (first page; all on the
 * committee page) and the review cases received from intake.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ReviewDashboard {

  private final ReviewCases cases;
  private final Reviewers reviewers;
  private final ReviewerProgress progress;

  ReviewDashboard(ReviewCases cases, Reviewers reviewers, ReviewerProgress progress) {
    this.cases = cases;
    this.reviewers = reviewers;
    this.progress = progress;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "cases", cases.page(Paging.of(page, 50, Sort.by("submittedAt").descending())));
    model.addAttribute("calls", cases.callIds());
    model.addAttribute(
        "progress", reviewers.page(Paging.of(0, 20, Sort.by("name"))).map(progress::of));
    return "dashboard/index";
  }
}
