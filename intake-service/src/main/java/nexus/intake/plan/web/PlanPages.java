package nexus.intake.plan.web;

import nexus.intake.plan.PlanSubmissions;
import nexus.intake.plan.PlanView;
import nexus.intake.request.Requests;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Applicants' pages: their institution's plans and one plan (drafting is {@link PlanWizard}). */
@Controller
@PreAuthorize("hasRole('applicant')")
class PlanPages {

  private final PlanSubmissions submissions;
  private final Requests requests;

  PlanPages(PlanSubmissions submissions, Requests requests) {
    this.submissions = submissions;
    this.requests = requests;
  }

  @GetMapping("/plans")
  String list(Authentication auth, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "plans",
        submissions.mine(
            CurrentUser.of(auth), Paging.of(page, 20, Sort.by("submittedAt").descending())));
    return "plans/list";
  }

  /** The old address of the plan form leads to the drafting wizard. */
  @GetMapping("/plans/new")
  String form() {
    return "redirect:/plans/drafts/new";
  }

  @GetMapping("/plans/{id}")
  String one(Authentication auth, @PathVariable String id, Model model) {
    PlanView plan = submissions.one(CurrentUser.of(auth), id);
    model.addAttribute("plan", plan);
    model.addAttribute("documentRequests", requests.of(CurrentUser.of(auth), id));
    return "plans/detail";
  }
}
