package nexus.review.scoring.web;

import java.util.List;
import java.util.Map;
import nexus.review.assignment.Assignments;
import nexus.review.scoring.PortalPlan;
import nexus.review.scoring.ReviewerPortal;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer's API: own plans, own sheets, conflict declarations. */
@RestController
@PreAuthorize("hasRole('reviewer')")
class PortalApi {

  private final ReviewerPortal portal;
  private final Assignments assignments;

  PortalApi(ReviewerPortal portal, Assignments assignments) {
    this.portal = portal;
    this.assignments = assignments;
  }

  @GetMapping("/api/my/plans")
  List<ReviewerPortal.Assigned> plans(Authentication auth) {
    return portal.plans(me(auth));
  }

  @GetMapping("/api/my/plans/{planId}")
  @Audited("plan.review.read")
  PortalPlan plan(@PathVariable String planId, Authentication auth) {
    return portal.plan(me(auth), planId);
  }

  @GetMapping("/api/my/plans/{planId}/score")
  ReviewerPortal.SheetView sheet(@PathVariable String planId, Authentication auth) {
    portal.plan(me(auth), planId);
    return portal.sheet(me(auth), planId);
  }

  record SheetForm(Map<String, Integer> scores, Map<String, String> comments) {}

  @PutMapping("/api/my/plans/{planId}/score")
  @Audited("score.save")
  ReviewerPortal.SheetView save(
      @PathVariable String planId, @RequestBody SheetForm form, Authentication auth) {
    return portal.save(me(auth), planId, form.scores(), form.comments(), false);
  }

  @PostMapping("/api/my/plans/{planId}/score/submit")
  @Audited("score.submit")
  ReviewerPortal.SheetView submit(
      @PathVariable String planId, @RequestBody SheetForm form, Authentication auth) {
    return portal.save(me(auth), planId, form.scores(), form.comments(), true);
  }

  record Declaration(String reason) {}

  @PostMapping("/api/my/plans/{planId}/conflict")
  @Audited("conflict.declare")
  void declare(@PathVariable String planId, @RequestBody Declaration d, Authentication auth) {
    assignments.declareConflict(me(auth), planId, d.reason());
  }

  private static String me(Authentication auth) {
    return CurrentUser.of(auth).subject();
  }
}
