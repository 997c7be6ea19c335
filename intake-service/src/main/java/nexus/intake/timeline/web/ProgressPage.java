package nexus.intake.timeline.web;

import java.util.List;
import java.util.Map;
import nexus.intake.plan.PlanSubmissions;
import nexus.intake.plan.PlanView;
import nexus.intake.timeline.Timeline;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The applicant's institution's plans, each with its latest step. */
@Controller
@PreAuthorize("hasRole('applicant')")
class ProgressPage {

  private final PlanSubmissions plans;
  private final Timeline timeline;
  private final PlanTimelines timelines;

  ProgressPage(PlanSubmissions plans, Timeline timeline, PlanTimelines timelines) {
    this.plans = plans;
    this.timeline = timeline;
    this.timelines = timelines;
  }

  /** A plan and its latest step (null when none has been recorded yet). */
  record Row(PlanView plan, StepView latest) {}

  @GetMapping("/progress")
  String progress(Authentication auth, @RequestParam(defaultValue = "0") int page, Model model) {
    Page<PlanView> mine =
        plans.mine(CurrentUser.of(auth), Paging.of(page, 20, Sort.by("submittedAt").descending()));
    List<String> ids = mine.getContent().stream().map(PlanView::id).toList();
    Map<String, Timeline.Entry> latest = timeline.latest(ids);
    model.addAttribute("page", mine);
    model.addAttribute(
        "rows",
        mine.getContent().stream()
            .map(
                p -> {
                  Timeline.Entry entry = latest.get(p.id());
                  return new Row(p, entry == null ? null : timelines.view(entry));
                })
            .toList());
    return "timeline/progress";
  }
}
