package nexus.review.reviewcase.web;

import nexus.review.reviewcase.ReviewCaseView;
import nexus.review.reviewcase.ReviewCases;
import nexus.web.Audited;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review staff's API over review cases. */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ReviewCaseApi {

  private final ReviewCases cases;

  ReviewCaseApi(ReviewCases cases) {
    this.cases = cases;
  }

  @GetMapping
  Page<ReviewCaseView> page(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return cases.page(Paging.of(page, size, Sort.by("submittedAt").descending()));
  }

  @GetMapping("/{planId}")
  @Audited("case.read")
  ReviewCaseView one(@PathVariable String planId) {
    return cases.one(planId).orElseThrow(() -> new NotFoundException("case " + planId));
  }
}
