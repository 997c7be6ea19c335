package nexus.intake.plan.web;

import nexus.intake.plan.PlanSubmissions;
import nexus.intake.plan.PlanView;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Applicants' plan API: their own institution's plans only. */
@RestController
@RequestMapping("/api/plans")
@PreAuthorize("hasRole('applicant')")
class PlanApi {

  private final PlanSubmissions submissions;

  PlanApi(PlanSubmissions submissions) {
    this.submissions = submissions;
  }

  @GetMapping
  Page<PlanView> mine(
      Authentication auth,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    PageRequest request = Paging.of(page, size, Sort.by("submittedAt").descending());
    return submissions.mine(CurrentUser.of(auth), request);
  }

  @GetMapping("/{id}")
  PlanView one(Authentication auth, @PathVariable String id) {
    return submissions.one(CurrentUser.of(auth), id);
  }
}
