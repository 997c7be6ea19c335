package nexus.intake.plan.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nexus.intake.call.CallCatalog;
import nexus.intake.plan.NewPlan;
import nexus.intake.plan.PlanSubmissions;
import nexus.intake.plan.PlanView;
import nexus.intake.plan.domain.Course;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Applicants' pages: their plans, a new plan, one plan. */
@Controller
@PreAuthorize("hasRole('applicant')")
class PlanPages {

  /** Which form field shows the message of which property of {@link NewPlan}. */
  private static final Map<String, String> FORM_FIELDS =
      Map.of(
          "course", "course",
          "title", "title",
          "counterpartCountries", "countries",
          "requestedAmountJpy", "requestedAmountJpy");

  private final PlanSubmissions submissions;
  private final Validator validator;
  private final MessageSource messages;
  private final CallCatalog calls;
  private final Clock clock;

  PlanPages(
      PlanSubmissions submissions,
      Validator validator,
      MessageSource messages,
      CallCatalog calls,
      Clock clock) {
    this.calls = calls;
    this.clock = clock;
    this.submissions = submissions;
    this.validator = validator;
    this.messages = messages;
  }

  /** The form's fields; countries come as one comma-separated text. */
  record PlanForm(Course course, String title, String countries, Long requestedAmountJpy) {
    static PlanForm empty() {
      return new PlanForm(Course.YOUNG_TALENT, "", "", null);
    }

    NewPlan toNewPlan() {
      List<String> codes =
          countries == null
              ? List.of()
              : Arrays.stream(countries.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
      return new NewPlan(course, title, codes, requestedAmountJpy);
    }
  }

  @GetMapping("/plans")
  String list(Authentication auth, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "plans",
        submissions.mine(
            CurrentUser.of(auth), Paging.of(page, 20, Sort.by("submittedAt").descending())));
    return "plans/list";
  }

  @GetMapping("/plans/new")
  String form(Model model) {
    model.addAttribute("openCall", calls.openAt(clock.instant()).orElse(null));
    model.addAttribute("form", PlanForm.empty());
    model.addAttribute("courses", Course.values());
    return "plans/new";
  }

  @PostMapping("/plans")
  String submit(Authentication auth, @ModelAttribute("form") PlanForm form, Model model) {
    NewPlan plan = form.toNewPlan();
    Map<String, String> errors = new LinkedHashMap<>();
    for (ConstraintViolation<NewPlan> v : validator.validate(plan)) {
      errors.putIfAbsent(
          FORM_FIELDS.getOrDefault(v.getPropertyPath().toString(), "title"), v.getMessage());
    }
    if (errors.isEmpty()) {
      try {
        PlanView submitted = submissions.submit(CurrentUser.of(auth), plan);
        return "redirect:/plans/" + submitted.id();
      } catch (RuleViolationException e) {
        String field = e.messageKey().startsWith("plan.countries") ? "countries" : "form";
        errors.put(
            field,
            messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
      }
    }
    model.addAttribute("errors", errors);
    model.addAttribute("courses", Course.values());
    model.addAttribute("openCall", calls.openAt(clock.instant()).orElse(null));
    return "plans/new";
  }

  @GetMapping("/plans/{id}")
  String one(Authentication auth, @PathVariable String id, Model model) {
    PlanView plan = submissions.one(CurrentUser.of(auth), id);
    model.addAttribute("plan", plan);
    return "plans/detail";
  }
}
