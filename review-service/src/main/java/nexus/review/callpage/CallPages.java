package nexus.review.callpage;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nexus.review.assignment.Assignments;
import nexus.review.award.AwardAdjustment;
import nexus.review.award.Awards;
import nexus.review.callsettings.CallSettings;
import nexus.review.callsettings.CallSettingsStore;
import nexus.review.ranking.Rankings;
import nexus.review.web.PageMessages;
import nexus.web.Audited;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One call for review staff: its settings, assignment, ranking per course and awards. */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class CallPages {

  /** Deadlines are entered and shown on the Asia/Tokyo wall clock, stored as instants. */
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private final CallSettingsStore settings;
  private final Assignments assignments;
  private final Rankings rankings;
  private final Awards awards;
  private final PageMessages messages;

  CallPages(
      CallSettingsStore settings,
      Assignments assignments,
      Rankings rankings,
      Awards awards,
      PageMessages messages) {
    this.settings = settings;
    this.assignments = assignments;
    this.rankings = rankings;
    this.awards = awards;
    this.messages = messages;
  }

  @GetMapping("/calls/{callId}")
  String page(@PathVariable String callId, Model model) {
    model.addAttribute("callId", callId);
    CallSettings s = settings.of(callId);
    model.addAttribute("settings", s);
    model.addAttribute(
        "deadline",
        s.scoringDeadline() == null
            ? ""
            : LocalDateTime.ofInstant(s.scoringDeadline(), JAPAN).toString());
    model.addAttribute("ranking", rankings.of(callId));
    model.addAttribute("awards", awards.view(callId));
    return "calls/detail";
  }

  @PostMapping("/calls/{callId}/settings")
  @Audited("call.settings")
  String settings(
      @PathVariable String callId,
      @RequestParam int reviewersPerPlan,
      @RequestParam long budgetJpy,
      @RequestParam int targetAwards,
      @RequestParam int minPerCountry,
      @RequestParam int maxPerCountry,
      @RequestParam int maxPerHostInstitution,
      @RequestParam int maxPerCounterpartInstitution,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime scoringDeadline,
      RedirectAttributes redirect) {
    CallSettings current = settings.of(callId);
    settings.save(
        new CallSettings(
            callId,
            reviewersPerPlan,
            scoringDeadline == null ? null : scoringDeadline.atZone(JAPAN).toInstant(),
            budgetJpy,
            targetAwards,
            minPerCountry,
            maxPerCountry,
            maxPerHostInstitution,
            maxPerCounterpartInstitution,
            current.countryMinimums()));
    redirect.addFlashAttribute("done", "settings");
    return "redirect:/calls/" + callId;
  }

  @PostMapping("/calls/{callId}/assignment")
  @Audited("assignment.solve")
  String assign(@PathVariable String callId, RedirectAttributes redirect) {
    redirect.addFlashAttribute("assignment", assignments.solve(callId));
    return "redirect:/calls/" + callId;
  }

  @PostMapping("/calls/{callId}/awards/proposal")
  @Audited("award.propose")
  String propose(@PathVariable String callId, RedirectAttributes redirect) {
    messages.run(redirect, "awards", () -> awards.propose(callId));
    return "redirect:/calls/" + callId + "#awards";
  }

  @PostMapping("/calls/{callId}/awards/adjust")
  @Audited("award.adjust")
  String adjust(
      @PathVariable String callId,
      @RequestParam String planId,
      @RequestParam(defaultValue = "") String forced,
      @RequestParam(required = false) Long reducedAmountJpy,
      @RequestParam(defaultValue = "") String conditions,
      @RequestParam(required = false) Long hostJpy,
      @RequestParam(required = false) Long partnerJpy,
      RedirectAttributes redirect) {
    List<String> conditionList =
        Arrays.stream(conditions.split("\\R"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    messages.run(
        redirect,
        "awards",
        () ->
            awards.adjust(
                callId,
                planId,
                new AwardAdjustment(
                    forced.isBlank() ? null : forced,
                    reducedAmountJpy,
                    conditionList,
                    hostJpy,
                    partnerJpy)));
    return "redirect:/calls/" + callId + "#awards";
  }

  @PostMapping("/calls/{callId}/awards/finalise")
  @Audited("award.finalise")
  String finalise(@PathVariable String callId, RedirectAttributes redirect) {
    messages.run(redirect, "awards", () -> awards.finalise(callId));
    return "redirect:/calls/" + callId + "#awards";
  }
}
