package nexus.reporting.obligation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.reporting.obligation.HostReports;
import nexus.reporting.obligation.HostReports.AccountingDraft;
import nexus.reporting.obligation.web.AccountingPage.LineRow;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed institution's accounting report form (経理報告書): actual spend line by line per category
 * I–IV and the indirect costs, with the totals. Lines are added and removed with buttons that show
 * the form again (totals recalculated), so the page works without a script. A returned report shows
 * staff's comment and can be corrected and handed in again; a submitted or accepted one is shown
 * read-only.
 */
@Controller
@PreAuthorize("hasAnyRole('applicant','partner')")
class AccountingReportPages {

  /** Most lines per category on the page (the API takes 500 in all). */
  static final int MAX_LINES = 100;

  private static final Pattern LINE_PATH =
      Pattern.compile("categories\\[(\\d+)]\\.lines\\[(\\d+)]\\.(\\w+)");

  private final HostReports reports;
  private final MessageSource messages;

  AccountingReportPages(HostReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  /** A row index past any sensible report ({@code lines[100000]}): refused as input. */
  @ExceptionHandler(InvalidPropertyException.class)
  ResponseEntity<String> rowOutOfRange() {
    return ResponseEntity.badRequest()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(text("rforms.rows"));
  }

  @GetMapping("/plans/{planId}/accounting-report")
  String form(@PathVariable String planId, Authentication auth, Model model) {
    AccountingDraft draft = reports.accountingDraft(planId, CurrentUser.of(auth));
    AccountingPage form =
        draft.content() == null ? AccountingPage.empty() : AccountingPage.of(draft.content());
    return page(draft, form, new FieldMessages(), false, model);
  }

  /**
   * Adds or removes a line ({@code action=add-line-III}, {@code remove-line-III-0}), recalculates
   * the totals ({@code recalculate}) or hands the report in ({@code save}, the default).
   */
  @PostMapping("/plans/{planId}/accounting-report")
  @Audited("accounting-report.submit")
  String submit(
      @PathVariable String planId,
      @ModelAttribute("form") AccountingPage form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    AccountingDraft draft = reports.accountingDraft(planId, user);
    if (!draft.editable()) {
      return "redirect:/plans/" + planId + "/accounting-report";
    }
    form.normalised();
    FieldMessages errors = new FieldMessages();
    Matcher m;
    if ((m = Pattern.compile("add-line-(I|II|III|IV)").matcher(action)).matches()) {
      List<LineRow> lines = form.lines(m.group(1));
      if (lines.size() < MAX_LINES) {
        lines.add(new LineRow());
      }
      return page(draft, form, errors, false, model);
    } else if ((m = Pattern.compile("remove-line-(I|II|III|IV)-(\\d+)").matcher(action))
        .matches()) {
      List<LineRow> lines = form.lines(m.group(1));
      int i = Integer.parseInt(m.group(2));
      if (i < lines.size()) {
        lines.remove(i);
      }
      return page(draft, form, errors, false, model);
    } else if (action.equals("recalculate")) {
      typeErrors(binding, errors);
      return page(draft, form, errors, false, model);
    }

    invalid(form, binding, errors);
    if (errors.isEmpty()) {
      try {
        reports.submitAccounting(planId, form.toContent(), user);
        return "redirect:/plans/" + planId + "?accountingReport";
      } catch (RuleViolationException e) {
        errors.add(
            "accounting.indirect-cap".equals(e.messageKey()) ? "indirect" : "accounting",
            text(e.messageKey(), e.arguments()));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(draft, form, errors, true, model);
  }

  /** Amounts that are not whole numbers of yen, beside their fields. */
  private void typeErrors(BindingResult binding, FieldMessages errors) {
    for (FieldError e : binding.getFieldErrors()) {
      errors.addIfFree(idOf(e.getField()), text("rforms.accounting.amount-positive"));
    }
  }

  /**
   * What cannot be handed in as typed, each beside its field: amounts that are not positive whole
   * yen, missing descriptions, no line at all, indirect costs missing, negative or above 10% of the
   * direct costs.
   */
  private void invalid(AccountingPage form, BindingResult binding, FieldMessages errors) {
    typeErrors(binding, errors);
    int lines = 0;
    for (String c : AccountingPage.CATEGORIES) {
      List<LineRow> rows = form.lines(c);
      if (rows.size() > MAX_LINES) {
        errors.add("accounting", text("rforms.accounting.too-many", MAX_LINES));
      }
      for (int i = 0; i < rows.size(); i++) {
        LineRow l = rows.get(i);
        String id = "line-" + c + "-" + i;
        // an amount that could not be read makes the line typed-in, though it bound as empty
        if (l.blank() && !errors.has(id + "-amount")) {
          continue;
        }
        lines++;
        String description = ParticipantListPage.trimmed(l.getDescription());
        if (description == null) {
          errors.addIfFree(id + "-description", text("rforms.required"));
        } else if (description.length() > 300) {
          errors.addIfFree(id + "-description", text("rforms.too-long", 300));
        }
        if (l.getAmount() == null) {
          errors.addIfFree(id + "-amount", text("rforms.required"));
        } else if (l.getAmount() <= 0) {
          errors.addIfFree(id + "-amount", text("rforms.accounting.amount-positive"));
        } else if (l.getAmount() > AccountingPage.MAX_AMOUNT) {
          errors.addIfFree(id + "-amount", text("rforms.accounting.amount-too-large"));
        }
      }
    }
    if (lines == 0) {
      errors.add("accounting", text("rforms.accounting.no-lines"));
    }
    Long indirect = form.getIndirect();
    if (indirect == null) {
      errors.addIfFree("indirect", text("rforms.required"));
    } else if (indirect < 0) {
      errors.addIfFree("indirect", text("rforms.accounting.indirect-negative"));
    } else if (indirect > form.indirectCap()) {
      errors.addIfFree("indirect", text("accounting.indirect-cap", form.indirectCap()));
    }
  }

  /**
   * The element id of a bound field ({@code categories[2].lines[0].amount} → line-III-0-amount).
   */
  static String idOf(String path) {
    Matcher m = LINE_PATH.matcher(path);
    if (m.matches()) {
      int c = Integer.parseInt(m.group(1));
      if (c < AccountingPage.CATEGORIES.size()) {
        return "line-" + AccountingPage.CATEGORIES.get(c) + "-" + m.group(2) + "-" + m.group(3);
      }
    }
    return "indirect".equals(path) ? "indirect" : "accounting";
  }

  private String page(
      AccountingDraft draft,
      AccountingPage form,
      FieldMessages errors,
      boolean refused,
      Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("refused", refused && !errors.isEmpty());
    model.addAttribute("categories", AccountingPage.CATEGORIES);
    model.addAttribute("maxLines", MAX_LINES);
    return "plans/accounting-report";
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
