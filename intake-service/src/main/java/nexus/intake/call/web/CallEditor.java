package nexus.intake.call.web;

import nexus.intake.call.CallCatalog;
import nexus.intake.call.CallCatalog.CallChangeRefused;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CallValidation;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff-intake edit a call in the browser: titles, window, countries, exchange bounds, each
 * course's caps and budget, the budget rules and the documents. A reason and a confirmation are
 * required; the rules are frozen once a plan has been submitted to the call. Copying a call into
 * next year's starts from the dashboard.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-intake','admin')")
class CallEditor {

  private final CallCatalog calls;
  private final MessageSource messages;

  CallEditor(CallCatalog calls, MessageSource messages) {
    this.calls = calls;
    this.messages = messages;
  }

  @GetMapping("/calls/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Call call = call(id);
    return page(call, CallForm.of(call), new java.util.LinkedHashMap<>(), model);
  }

  @Audited("call.change")
  @PostMapping("/calls/{id}")
  String save(
      Authentication auth,
      @PathVariable String id,
      @ModelAttribute("form") CallForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Call current = call(id);
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    for (FieldError e : binding.getFieldErrors()) {
      errors.putIfAbsent(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale()));
    }
    if (!form.isConfirm()) {
      errors.putIfAbsent("confirm", text("call.edit.confirm.required"));
    }
    if (errors.isEmpty()) {
      try {
        calls.update(id, form.toCall(current), CurrentUser.of(auth).subject(), form.getReason());
        redirect.addFlashAttribute("callSaved", id);
        return "redirect:/dashboard";
      } catch (CallChangeRefused e) {
        for (CallValidation.Problem p : e.problems()) {
          errors.putIfAbsent(p.field(), text(p.key()));
        }
      }
    }
    return page(current, form, errors, model);
  }

  /** Opens next year's call as a copy of this one (every date a year later), then edits it. */
  @Audited("call.copy")
  @PostMapping("/calls/{id}/copy")
  String copy(@PathVariable String id, @RequestParam int fiscalYear, RedirectAttributes redirect) {
    Call source = call(id);
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      redirect.addFlashAttribute("copyError", text("call.year"));
      return "redirect:/dashboard";
    }
    return calls
        .copy(source.id(), fiscalYear)
        .map(copy -> "redirect:/calls/" + copy.id() + "/edit")
        .orElseGet(
            () -> {
              redirect.addFlashAttribute(
                  "copyError",
                  messages.getMessage(
                      "call.exists", new Object[] {fiscalYear}, LocaleContextHolder.getLocale()));
              return "redirect:/dashboard";
            });
  }

  private String page(Call call, CallForm form, java.util.Map<String, String> errors, Model model) {
    model.addAttribute("call", call);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", ParticipantCategory.values());
    model.addAttribute("submittedPlans", calls.submittedPlans(call.id()));
    return "calls/edit";
  }

  private Call call(String id) {
    return calls.find(id).orElseThrow(() -> new NotFoundException("call " + id));
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
