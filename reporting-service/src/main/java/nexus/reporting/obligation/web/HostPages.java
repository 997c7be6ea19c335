package nexus.reporting.obligation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import nexus.reporting.incident.IncidentForm;
import nexus.reporting.incident.Incidents;
import nexus.reporting.obligation.HostReports;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.OutcomeContent;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The institutions' pages: their plans with what is owed and by when (overdue flagged), what was
 * handed in, and the incident report form (事故報告), usable at any time.
 */
@Controller
@PreAuthorize("hasAnyRole('applicant','partner')")
class HostPages {

  private final Obligations obligations;
  private final HostReports reports;
  private final Incidents incidents;
  private final MessageSource messages;
  private final jakarta.validation.Validator validator;

  HostPages(
      Obligations obligations,
      HostReports reports,
      Incidents incidents,
      MessageSource messages,
      jakarta.validation.Validator validator) {
    this.obligations = obligations;
    this.reports = reports;
    this.incidents = incidents;
    this.messages = messages;
    this.validator = validator;
  }

  @GetMapping("/plans")
  String plans(@RequestParam(defaultValue = "0") int page, Authentication auth, Model model) {
    CurrentUser user = CurrentUser.of(auth);
    model.addAttribute(
        "plans",
        obligations.ofInstitution(
            String.valueOf(user.institutionId()), Paging.of(page, 20, Obligations.NEWEST_SIGNED)));
    return "plans/list";
  }

  @GetMapping("/plans/{planId}")
  String plan(@PathVariable String planId, Authentication auth, Model model) {
    show(planId, CurrentUser.of(auth), model);
    model.addAttribute("incident", new IncidentPageForm());
    model.addAttribute("errors", Map.of());
    model.addAttribute("outcomeErrors", Map.of());
    return "plans/detail";
  }

  /** The host hands in the outcome report from the page; messages beside the fields if invalid. */
  @PostMapping("/plans/{planId}/outcome-report")
  String outcome(
      @PathVariable String planId,
      @RequestParam(required = false) String summary,
      @RequestParam(required = false) String outcomes,
      @RequestParam(required = false) String partnerContribution,
      @RequestParam(required = false) String followUp,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    OutcomeContent content = new OutcomeContent(summary, outcomes, partnerContribution, followUp);
    Map<String, String> errors = new HashMap<>();
    validator
        .validate(content)
        .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
    if (errors.isEmpty()) {
      try {
        reports.submitOutcome(planId, content, user);
        return "redirect:/plans/" + planId + "?outcome";
      } catch (nexus.web.RuleViolationException e) {
        errors.put(
            "summary",
            messages.getMessage(
                e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    show(planId, user, model);
    model.addAttribute("incident", new IncidentPageForm());
    model.addAttribute("errors", Map.of());
    model.addAttribute("outcome", content);
    model.addAttribute("outcomeErrors", errors);
    return "plans/detail";
  }

  /** The incident form as the page posts it (the time in Japan, to the minute). */
  static class IncidentPageForm {
    public String severity;
    public LocalDateTime occurredAt;
    public String place;
    public String what;
    public String harmed;
    public String actions;

    public void setSeverity(String severity) {
      this.severity = severity;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
      this.occurredAt = occurredAt;
    }

    public void setPlace(String place) {
      this.place = place;
    }

    public void setWhat(String what) {
      this.what = what;
    }

    public void setHarmed(String harmed) {
      this.harmed = harmed;
    }

    public void setActions(String actions) {
      this.actions = actions;
    }

    IncidentForm toForm() {
      return new IncidentForm(
          severity,
          occurredAt == null ? null : occurredAt.atZone(Obligations.JAPAN).toInstant(),
          place,
          what,
          harmed,
          actions);
    }
  }

  @PostMapping("/plans/{planId}/incidents")
  String report(
      @PathVariable String planId,
      @ModelAttribute("incident") IncidentPageForm form,
      BindingResult binding,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    Map<String, String> errors = new HashMap<>();
    binding.getFieldErrors().forEach(e -> errors.put(e.getField(), text("incident.field.invalid")));
    validator
        .validate(form.toForm())
        .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      show(planId, user, model);
      model.addAttribute("errors", errors);
      model.addAttribute("outcomeErrors", Map.of());
      return "plans/detail";
    }
    incidents.report(planId, form.toForm(), user);
    return "redirect:/plans/" + planId + "?reported";
  }

  private void show(String planId, CurrentUser user, Model model) {
    model.addAttribute("plan", obligations.visibleTo(planId, user));
    model.addAttribute("reports", reports.reports(planId, user));
    obligations.noteContact(planId, user);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
