package nexus.intake.plan.web;

import nexus.intake.call.CallCatalog;
import nexus.intake.plan.StaffPlans;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Staff-intake's pages over every institution's plans: search, and one plan with its documents. */
@Controller
@PreAuthorize("hasAnyRole('staff-intake','admin')")
class StaffPlanPages {

  private final StaffPlans plans;
  private final CallCatalog calls;

  StaffPlanPages(StaffPlans plans, CallCatalog calls) {
    this.plans = plans;
    this.calls = calls;
  }

  @GetMapping("/staff/plans")
  String search(
      @RequestParam(required = false) String callId,
      @RequestParam(defaultValue = "SUBMITTED") String status,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute(
        "plans",
        plans.search(
            callId,
            "ANY".equals(status) ? null : status,
            q,
            Paging.of(page, 50, Sort.by("submittedAt").descending())));
    model.addAttribute("calls", calls.all());
    model.addAttribute("callId", callId);
    model.addAttribute("status", status);
    model.addAttribute("q", q);
    return "staff/plans";
  }

  @Audited("plan.read")
  @GetMapping("/staff/plans/{id}")
  String one(Authentication auth, @PathVariable String id, Model model) {
    model.addAttribute("draft", plans.one(CurrentUser.of(auth).subject(), id));
    model.addAttribute("erasure", plans.erasure(id).orElse(null));
    return "staff/plan";
  }
}
