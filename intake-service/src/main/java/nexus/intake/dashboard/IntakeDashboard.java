package nexus.intake.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.plan.PlanSubmissions;
import nexus.intake.plan.domain.PlanStatus;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Intake staff's dashboard: plans drafted and submitted, and the calls with their windows. */
@Controller
@PreAuthorize("hasAnyRole('staff-intake','admin')")
class IntakeDashboard {

  private final PlanSubmissions submissions;
  private final CallCatalog calls;
  private final Clock clock;

  IntakeDashboard(PlanSubmissions submissions, CallCatalog calls, Clock clock) {
    this.submissions = submissions;
    this.calls = calls;
    this.clock = clock;
  }

  /** A call's row: is it open now? */
  record CallRow(Call call, boolean open) {}

  @GetMapping("/dashboard")
  String dashboard(Model model) {
    model.addAttribute("submitted", submissions.count(PlanStatus.SUBMITTED));
    model.addAttribute("drafts", submissions.count(PlanStatus.DRAFT));
    Instant now = clock.instant();
    model.addAttribute(
        "calls",
        calls.all().stream()
            .sorted(Comparator.comparing(Call::opensAt).reversed())
            .map(c -> new CallRow(c, c.acceptsSubmissionAt(now)))
            .toList());
    return "dashboard/index";
  }

  /** Moves a call's window from the dashboard; the reason is kept in the call's history. */
  @Audited("call.window.change")
  @PostMapping("/dashboard/calls/{id}/window")
  String reschedule(
      Authentication auth,
      @PathVariable String id,
      @RequestParam(required = false) LocalDateTime opensAt,
      @RequestParam(required = false) LocalDateTime closesAt,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash) {
    if (calls.find(id).isEmpty()) {
      throw new NotFoundException("call " + id);
    }
    if (opensAt == null || closesAt == null) {
      flash.addFlashAttribute("windowError", "call.window.required");
    } else if (!closesAt.isAfter(opensAt)) {
      flash.addFlashAttribute("windowError", "call.window.order");
    } else if (reason == null || reason.isBlank()) {
      flash.addFlashAttribute("windowError", "call.reason.required");
    } else {
      calls.reschedule(id, opensAt, closesAt, CurrentUser.of(auth).subject(), reason.trim());
      flash.addFlashAttribute("windowMoved", id);
    }
    return "redirect:/dashboard";
  }
}
