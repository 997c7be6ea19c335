package nexus.review.reviewcase.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import nexus.review.assignment.Assignments;
import nexus.review.exportcontrol.ExportControl;
import nexus.review.reviewcase.ReviewCases;
import nexus.review.reviewer.Reviewers;
import nexus.review.screening.Screenings;
import nexus.review.screening.domain.IneligibleKind;
import nexus.review.web.PageMessages;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One case for review staff: screening, export control, documents request, reviewers. */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class CasePages {

  private final ReviewCases cases;
  private final Screenings screenings;
  private final ExportControl exportControl;
  private final Assignments assignments;
  private final Reviewers reviewers;
  private final PageMessages messages;

  CasePages(
      ReviewCases cases,
      Screenings screenings,
      ExportControl exportControl,
      Assignments assignments,
      Reviewers reviewers,
      PageMessages messages) {
    this.cases = cases;
    this.screenings = screenings;
    this.exportControl = exportControl;
    this.assignments = assignments;
    this.reviewers = reviewers;
    this.messages = messages;
  }

  @GetMapping("/cases/{planId}")
  @Audited("case.read")
  String page(@PathVariable String planId, Model model) {
    model.addAttribute(
        "c", cases.one(planId).orElseThrow(() -> new NotFoundException("case " + planId)));
    model.addAttribute("kinds", IneligibleKind.values());
    model.addAttribute("committee", reviewers.all());
    return "cases/detail";
  }

  @PostMapping("/cases/{planId}/screening")
  @Audited("case.screen")
  String screen(
      @PathVariable String planId,
      @RequestParam(required = false) List<IneligibleKind> kinds,
      @RequestParam(defaultValue = "") String reason,
      Authentication auth,
      RedirectAttributes redirect) {
    EnumSet<IneligibleKind> ticked = EnumSet.noneOf(IneligibleKind.class);
    if (kinds != null) {
      ticked.addAll(kinds);
    }
    messages.run(
        redirect,
        "screening",
        () -> screenings.screen(planId, ticked, reason, CurrentUser.of(auth).subject()));
    return "redirect:/cases/" + planId;
  }

  @PostMapping("/cases/{planId}/export-control")
  @Audited("export-control.decide")
  String decide(
      @PathVariable String planId,
      @RequestParam String decision,
      @RequestParam(defaultValue = "") String note,
      Authentication auth,
      RedirectAttributes redirect) {
    messages.run(
        redirect,
        "export",
        () -> exportControl.decide(planId, decision, note, CurrentUser.of(auth).subject()));
    return "redirect:/cases/" + planId;
  }

  @PostMapping("/cases/{planId}/documents-request")
  @Audited("documents.request")
  String request(
      @PathVariable String planId,
      @RequestParam(defaultValue = "") String kinds,
      @RequestParam(defaultValue = "") String message,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueDate,
      Authentication auth,
      RedirectAttributes redirect) {
    List<String> list = Arrays.stream(kinds.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    messages.run(
        redirect,
        "documents",
        () ->
            exportControl.requestDocuments(
                planId, list, message, dueDate, CurrentUser.of(auth).subject()));
    return "redirect:/cases/" + planId;
  }

  @PostMapping("/cases/{planId}/swap")
  @Audited("assignment.swap")
  String swap(
      @PathVariable String planId,
      @RequestParam String from,
      @RequestParam String to,
      RedirectAttributes redirect) {
    messages.run(redirect, "reviewers", () -> assignments.swap(planId, from, to));
    return "redirect:/cases/" + planId;
  }

  @PostMapping("/cases/{planId}/pins")
  @Audited("assignment.pin")
  String pin(
      @PathVariable String planId,
      @RequestParam String subject,
      @RequestParam(defaultValue = "pin") String action,
      RedirectAttributes redirect) {
    messages.run(
        redirect,
        "reviewers",
        () -> {
          if ("unpin".equals(action)) {
            assignments.unpin(planId, subject);
          } else {
            assignments.pin(planId, subject);
          }
        });
    return "redirect:/cases/" + planId;
  }
}
