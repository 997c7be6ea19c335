package nexus.reporting.press.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.press.PressCoverage;
import nexus.reporting.press.PressCoverageForm;
import nexus.reporting.press.PressCoverageView;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import nexus.web.sheet.CsvSheet;
import nexus.web.sheet.Sheet;
import nexus.web.sheet.XlsxSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
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
 * Press coverage pages: the plan's institutions tell the agency about an article or programme
 * (messages beside the fields), reporting staff search every plan's coverage and export it.
 */
@Controller
class PressPages {

  private static final int EXPORT_LIMIT = 10_000;

  private final PressCoverage press;
  private final Obligations obligations;
  private final MessageSource messages;
  private final jakarta.validation.Validator validator;

  PressPages(
      PressCoverage press,
      Obligations obligations,
      MessageSource messages,
      jakarta.validation.Validator validator) {
    this.press = press;
    this.obligations = obligations;
    this.messages = messages;
    this.validator = validator;
  }

  /** The press form as the page posts it. */
  static class PressPageForm {
    public String medium;
    public LocalDate publishedOn;
    public String outlet;
    public String title;
    public String url;
    public String note;

    public void setMedium(String medium) {
      this.medium = medium;
    }

    public void setPublishedOn(LocalDate publishedOn) {
      this.publishedOn = publishedOn;
    }

    public void setOutlet(String outlet) {
      this.outlet = outlet;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public void setNote(String note) {
      this.note = note;
    }

    PressCoverageForm toForm() {
      return new PressCoverageForm(medium, outlet, title, publishedOn, url, note);
    }
  }

  @GetMapping("/plans/{planId}/press")
  @PreAuthorize("hasAnyRole('applicant','partner')")
  String plan(@PathVariable String planId, Authentication auth, Model model) {
    show(planId, CurrentUser.of(auth), model, new PressPageForm(), Map.of());
    return "press/plan";
  }

  @PostMapping("/plans/{planId}/press")
  @PreAuthorize("hasAnyRole('applicant','partner')")
  String report(
      @PathVariable String planId,
      @ModelAttribute("form") PressPageForm form,
      BindingResult binding,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    Map<String, String> errors = new HashMap<>();
    binding
        .getFieldErrors()
        .forEach(
            e ->
                errors.put(
                    e.getField(), text("press.field.invalid", LocaleContextHolder.getLocale())));
    validator
        .validate(form.toForm())
        .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      show(planId, user, model, form, errors);
      return "press/plan";
    }
    press.report(planId, form.toForm(), user);
    return "redirect:/plans/" + planId + "/press?reported";
  }

  private void show(
      String planId,
      CurrentUser user,
      Model model,
      PressPageForm form,
      Map<String, String> errors) {
    model.addAttribute("plan", obligations.visibleTo(planId, user));
    model.addAttribute("coverage", press.ofPlan(planId, user, Paging.of(0, 100, PressApi.NEWEST)));
    model.addAttribute("media", PressCoverageForm.MEDIA);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
  }

  @GetMapping("/press")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  String staff(
      @RequestParam(required = false) String call,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("coverage", press.search(call, q, Paging.of(page, 20, PressApi.NEWEST)));
    model.addAttribute("call", call);
    model.addAttribute("q", q);
    return "press/staff-list";
  }

  /** Everything the search finds (up to 10,000 rows), as CSV or Excel. */
  @GetMapping("/press.{format}")
  @Audited("press.export")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  void export(
      @PathVariable String format,
      @RequestParam(required = false) String call,
      @RequestParam(required = false) String q,
      HttpServletResponse response)
      throws IOException {
    if (!"csv".equals(format) && !"xlsx".equals(format)) {
      throw new NotFoundException("format " + format);
    }
    Locale locale = LocaleContextHolder.getLocale();
    Page<PressCoverageView> rows =
        press.search(call, q, PageRequest.of(0, EXPORT_LIMIT, PressApi.NEWEST));
    response.setContentType(
        "csv".equals(format)
            ? "text/csv;charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment()
            .filename("press-coverage." + format, StandardCharsets.UTF_8)
            .build()
            .toString());
    OutputStream out = response.getOutputStream();
    try (Sheet sheet =
        "csv".equals(format) ? new CsvSheet(out) : new XlsxSheet(out, "press-coverage")) {
      sheet.row(
          List.of(
              text("press.publishedOn", locale),
              text("press.medium", locale),
              text("press.outlet", locale),
              text("press.title", locale),
              text("press.url", locale),
              text("press.plan", locale),
              text("press.host", locale),
              text("press.call", locale),
              text("press.note", locale)));
      for (PressCoverageView v : rows) {
        sheet.row(
            List.of(
                v.publishedOn().toString(),
                text("press.medium." + v.medium(), locale),
                v.outlet(),
                v.title(),
                v.url() == null ? "" : v.url(),
                v.planTitle() == null ? v.planId() : v.planTitle(),
                v.hostInstitutionName() == null ? "" : v.hostInstitutionName(),
                v.callId() == null ? "" : v.callId(),
                v.note() == null ? "" : v.note()));
      }
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
