package nexus.review.scoring.web;

import java.util.HashMap;
import java.util.Map;
import nexus.review.assignment.Assignments;
import nexus.review.scoring.ReviewerPortal;
import nexus.review.scoring.domain.Criterion;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reviewer portal's pages: the list of own plans, one plan with its scoring form. */
@Controller
@PreAuthorize("hasRole('reviewer')")
class PortalPages {

  private final ReviewerPortal portal;
  private final Assignments assignments;
  private final MessageSource messages;

  PortalPages(ReviewerPortal portal, Assignments assignments, MessageSource messages) {
    this.portal = portal;
    this.assignments = assignments;
    this.messages = messages;
  }

  @GetMapping("/portal")
  String list(Authentication auth, Model model) {
    model.addAttribute("plans", portal.plans(CurrentUser.of(auth).subject()));
    return "portal/list";
  }

  @GetMapping("/portal/plans/{planId}")
  @Audited("plan.review.read")
  String plan(@PathVariable String planId, Authentication auth, Model model) {
    String me = CurrentUser.of(auth).subject();
    model.addAttribute("plan", portal.plan(me, planId));
    model.addAttribute("sheet", portal.sheet(me, planId));
    model.addAttribute("criteria", Criterion.values());
    return "portal/plan";
  }

  @PostMapping("/portal/plans/{planId}/score")
  @Audited("score.save")
  String save(
      @PathVariable String planId,
      @RequestParam Map<String, String> form,
      @RequestParam(defaultValue = "save") String action,
      Authentication auth,
      Model model) {
    String me = CurrentUser.of(auth).subject();
    Map<String, Integer> scores = new HashMap<>();
    Map<String, String> comments = new HashMap<>();
    for (Criterion c : Criterion.values()) {
      String v = form.get("score." + c.name());
      if (v != null && !v.isBlank()) {
        scores.put(c.name(), Integer.valueOf(v));
      }
      String comment = form.get("comment." + c.name());
      if (comment != null && !comment.isBlank()) {
        comments.put(c.name(), comment);
      }
    }
    if (form.get("comment.overall") != null) {
      comments.put("overall", form.get("comment.overall"));
    }
    try {
      portal.save(me, planId, scores, comments, "submit".equals(action));
    } catch (RuleViolationException e) {
      model.addAttribute(
          "error",
          messages.getMessage(
              e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
      model.addAttribute("plan", portal.plan(me, planId));
      model.addAttribute(
          "sheet",
          new ReviewerPortal.SheetView(scores, comments, portal.sheet(me, planId).status()));
      model.addAttribute("criteria", Criterion.values());
      return "portal/plan";
    }
    return "redirect:/portal/plans/" + planId + "?saved";
  }

  @PostMapping("/portal/plans/{planId}/conflict")
  @Audited("conflict.declare")
  String declare(@PathVariable String planId, @RequestParam String reason, Authentication auth) {
    assignments.declareConflict(CurrentUser.of(auth).subject(), planId, reason);
    return "redirect:/portal";
  }
}
