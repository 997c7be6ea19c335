package nexus.intake.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.intake.plan.DraftRequests.DraftEdit;
import nexus.intake.plan.DraftRequests.DraftView;
import nexus.intake.plan.DraftRequests.NewDraft;
import nexus.intake.plan.DraftRequests.Problem;
import nexus.intake.plan.PlanDrafts;
import nexus.intake.plan.SubmissionRefusedException;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.Direction;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PlanStatus;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drafting wizard: start a draft, then one page per step (course and period, institutions,
 * participants and visits, budget, outlook, documents, review and submit). Every step saves the
 * draft, even with broken rules, and shows each broken rule beside its field; the page's script
 * asks {@code .../check} as the user types. Works without the script too.
 */
@Controller
@PreAuthorize("hasRole('applicant')")
class PlanWizard {

  private final PlanDrafts drafts;
  private final CallCatalog calls;
  private final Validator validator;
  private final MessageSource messages;
  private final Clock clock;
  private final ConversionService conversions;

  PlanWizard(
      PlanDrafts drafts,
      CallCatalog calls,
      Validator validator,
      MessageSource messages,
      Clock clock,
      @Qualifier("mvcConversionService") ConversionService conversions) {
    this.conversions = conversions;
    this.drafts = drafts;
    this.calls = calls;
    this.validator = validator;
    this.messages = messages;
    this.clock = clock;
  }

  /** A row index past any sensible plan (e.g. {@code participants[100000]}): refused as input. */
  @ExceptionHandler(InvalidPropertyException.class)
  ResponseEntity<String> rowOutOfRange() {
    return ResponseEntity.badRequest()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
        .body(text("wizard.rows", null));
  }

  /** The first step: which call, which course, a working title. */
  @GetMapping("/plans/drafts/new")
  String start(Model model) {
    model.addAttribute("openCall", calls.openAt(clock.instant()).orElse(null));
    model.addAttribute("courses", Course.values());
    return "plans/start";
  }

  @PostMapping("/plans/drafts")
  String create(
      Authentication auth,
      @RequestParam(required = false) String callId,
      @RequestParam(required = false) Course course,
      @RequestParam(required = false) String title,
      Model model) {
    NewDraft request = new NewDraft(callId, course, title == null ? null : title.strip());
    FieldMessages errors = new FieldMessages();
    for (ConstraintViolation<NewDraft> v : validator.validate(request)) {
      errors.add(v.getPropertyPath().toString(), v.getMessage());
    }
    if (errors.isEmpty()) {
      try {
        DraftView draft = drafts.start(CurrentUser.of(auth), request);
        return "redirect:/plans/" + draft.plan().id() + "/edit/basics";
      } catch (RuleViolationException e) {
        errors.add("form", text(e.messageKey(), e.arguments()));
      }
    }
    model.addAttribute("errors", errors);
    model.addAttribute("draftTitle", title);
    model.addAttribute("draftCourse", course);
    return start(model);
  }

  @GetMapping("/plans/{id}/edit")
  String firstStep(@PathVariable String id) {
    return "redirect:/plans/" + id + "/edit/basics";
  }

  @GetMapping("/plans/{id}/edit/{step}")
  String step(
      Authentication auth, @PathVariable String id, @PathVariable String step, Model model) {
    WizardStep current = step(step);
    DraftView draft = drafts.view(CurrentUser.of(auth), id);
    WizardForm form = WizardForm.of(draft.plan().title(), draft.field(), draft.content());
    FieldMessages errors = new FieldMessages();
    draft.violations().stream()
        .filter(p -> current.holds(p.field()))
        .forEach(p -> errors.add(p.field(), p.message()));
    return page(auth, draft, current, form, errors, draft.violations(), model);
  }

  /**
   * Saves the step's fields onto the draft. Fields of a wrong type or length are refused with a
   * message beside them and nothing is saved; broken rules are saved and shown.
   */
  @PostMapping("/plans/{id}/edit/{step}")
  String save(
      Authentication auth,
      @PathVariable String id,
      @PathVariable String step,
      @RequestParam(defaultValue = "stay") String go,
      HttpServletRequest request,
      Model model) {
    WizardStep current = step(step);
    CurrentUser user = CurrentUser.of(auth);
    DraftView draft = drafts.view(user, id);
    if (!PlanStatus.valueOf(draft.plan().status()).editable()) {
      return "redirect:/plans/" + id;
    }
    WizardForm form = WizardForm.of(draft.plan().title(), draft.field(), draft.content());
    BindingResult binding = bindOnto(form, request);
    DraftEdit edit = edit(form, draft);
    FieldMessages invalid = invalid(binding, edit);
    if (!invalid.isEmpty()) {
      return page(auth, draft, current, form, invalid, draft.violations(), model);
    }
    DraftView saved = drafts.edit(user, id, edit);
    WizardStep target =
        switch (go) {
          case "next" -> current.next().orElse(current);
          case "previous" -> current.previous().orElse(current);
          default -> current;
        };
    return "redirect:/plans/" + saved.plan().id() + "/edit/" + target.path() + "?saved";
  }

  /** The check as the user types: the step's fields over the stored draft; stores nothing. */
  @PostMapping(path = "/plans/{id}/edit/{step}/check", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> check(
      Authentication auth,
      @PathVariable String id,
      @PathVariable String step,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(auth);
    DraftView draft = drafts.view(user, id);
    WizardForm form = WizardForm.of(draft.plan().title(), draft.field(), draft.content());
    BindingResult binding = bindOnto(form, request);
    DraftEdit edit = edit(form, draft);
    List<Problem> problems = new ArrayList<>();
    invalid(binding, edit)
        .all()
        .forEach((f, ms) -> ms.forEach(m -> problems.add(new Problem("input", f, List.of(), m))));
    if (problems.isEmpty()) {
      problems.addAll(drafts.preview(user, id, edit.content()));
    }
    return Map.of("ok", problems.isEmpty(), "violations", problems);
  }

  /** Uploads one document on the documents step. */
  @PostMapping("/plans/{id}/documents")
  String upload(
      Authentication auth,
      @PathVariable String id,
      @RequestParam String kind,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("uploadError", Map.of(kind, text("document.empty", null)));
    } else {
      try {
        drafts.upload(CurrentUser.of(auth), id, kind, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("uploaded", kind);
      } catch (RuleViolationException e) {
        redirect.addFlashAttribute(
            "uploadError", Map.of(kind, text(e.messageKey(), e.arguments())));
      }
    }
    return "redirect:/plans/" + id + "/edit/documents";
  }

  /** Submits from the review step; the key in the form makes a double click one submission. */
  @Audited("plan.submit")
  @PostMapping("/plans/{id}/submit")
  String submit(
      Authentication auth,
      @PathVariable String id,
      @RequestParam(required = false) String idempotencyKey,
      RedirectAttributes redirect) {
    try {
      drafts.submit(CurrentUser.of(auth), id, idempotencyKey);
      redirect.addFlashAttribute("submitted", true);
      return "redirect:/plans/" + id;
    } catch (SubmissionRefusedException e) {
      redirect.addFlashAttribute("refused", text(e.reasonKey(), e.arguments()));
      return "redirect:/plans/" + id + "/edit/review";
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute("refused", text(e.messageKey(), e.arguments()));
      return "redirect:/plans/" + id;
    }
  }

  /** Withdraws the submitted version (the page asks for a reason and a confirmation first). */
  @Audited("plan.withdraw")
  @PostMapping("/plans/{id}/withdraw")
  String withdraw(
      Authentication auth,
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect) {
    if (!confirm) {
      redirect.addFlashAttribute("withdrawError", text("withdraw.confirm.required", null));
      return "redirect:/plans/" + id;
    }
    try {
      drafts.withdraw(CurrentUser.of(auth), id, reason);
      redirect.addFlashAttribute("withdrawn", true);
      return "redirect:/plans/" + id + "/edit/basics";
    } catch (SubmissionRefusedException e) {
      redirect.addFlashAttribute("withdrawError", text(e.reasonKey(), e.arguments()));
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute("withdrawError", text(e.messageKey(), e.arguments()));
    }
    return "redirect:/plans/" + id;
  }

  private String page(
      Authentication auth,
      DraftView draft,
      WizardStep step,
      WizardForm form,
      FieldMessages errors,
      List<Problem> allViolations,
      Model model) {
    Call call =
        calls
            .find(draft.plan().callId())
            .orElseThrow(() -> new NotFoundException("call " + draft.plan().callId()));
    model.addAttribute("draft", draft);
    model.addAttribute("call", call);
    model.addAttribute("step", step);
    model.addAttribute("steps", WizardStep.values());
    model.addAttribute("form", form.withSpareRows());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "otherSteps",
        allViolations.stream().filter(p -> !step.holds(p.field())).map(Problem::field).count());
    model.addAttribute("categories", ParticipantCategory.values());
    model.addAttribute("roles", ParticipantRole.values());
    model.addAttribute("directions", Direction.values());
    model.addAttribute("budgetCategories", BudgetCategory.values());
    model.addAttribute(
        "docs",
        draft.documents().stream()
            .collect(java.util.stream.Collectors.toMap(d -> d.kind(), d -> d, (a, b) -> b)));
    model.addAttribute("countries", call.eligibleCountries().stream().sorted().toList());
    if (step == WizardStep.REVIEW) {
      List<Problem> blockers = drafts.blockers(CurrentUser.of(auth), draft.plan().id());
      model.addAttribute("blockers", blockers);
      model.addAttribute(
          "blockerSteps",
          blockers.stream().map(b -> WizardStep.holding(b.field()).path()).toList());
      model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    }
    return "plans/wizard";
  }

  /**
   * A step's fields bound onto the stored draft: the step posts only its own fields and the rest of
   * the plan stays as it was. Values of the wrong type end up in the binding result.
   */
  private BindingResult bindOnto(WizardForm form, HttpServletRequest request) {
    ServletRequestDataBinder binder = new ServletRequestDataBinder(form, "form");
    binder.setConversionService(conversions);
    // a hostile index (participants[100000]) must not grow a list without bound
    binder.setAutoGrowCollectionLimit(256);
    binder.bind(request);
    return binder.getBindingResult();
  }

  private static DraftEdit edit(WizardForm form, DraftView draft) {
    return new DraftEdit(
        titleOf(form, draft), form.getField(), form.toContent(draft.plan().course()));
  }

  /**
   * Type errors from binding and the draft's own limits (title, field, every text and list of the
   * content: {@link DraftEdit}), each at its form field; empty when the input is usable.
   */
  private FieldMessages invalid(BindingResult binding, DraftEdit edit) {
    FieldMessages errors = new FieldMessages();
    for (FieldError e : binding.getFieldErrors()) {
      errors.add(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale()));
    }
    for (ConstraintViolation<DraftEdit> v : validator.validate(edit)) {
      // the form's fields are the content's own: participants[0].name, not content.participants...
      errors.add(v.getPropertyPath().toString().replaceFirst("^content\\.", ""), v.getMessage());
    }
    return errors;
  }

  private static String titleOf(WizardForm form, DraftView draft) {
    return form.getTitle() == null ? draft.plan().title() : form.getTitle().strip();
  }

  private static WizardStep step(String path) {
    return WizardStep.of(path).orElseThrow(() -> new NotFoundException("step " + path));
  }

  private String text(String key, Object[] args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
