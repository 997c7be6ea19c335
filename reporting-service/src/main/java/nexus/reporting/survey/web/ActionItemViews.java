package nexus.reporting.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nexus.reporting.survey.ActionItemFollowUp;
import nexus.reporting.survey.ActionItemFollowUp.Row;
import nexus.web.Audited;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import nexus.web.sheet.CsvSheet;
import nexus.web.sheet.Sheet;
import nexus.web.sheet.XlsxSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's view of a campaign's action plan follow-up beside the results page: the API (paged) and
 * the CSV / Excel export (up to 10,000 rows), of one plan ({@code plan}) or all.
 */
@RestController
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class ActionItemViews {

  static final int PAGE_SIZE = 50;
  static final int EXPORT_LIMIT = 10_000;

  private final ActionItemFollowUp followUp;
  private final MessageSource messages;

  ActionItemViews(ActionItemFollowUp followUp, MessageSource messages) {
    this.followUp = followUp;
    this.messages = messages;
  }

  @Audited("survey.respondents.read")
  @GetMapping("/api/surveys/campaigns/{id}/action-items")
  Page<Row> rows(
      @PathVariable String id,
      @RequestParam(required = false) String plan,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
    return followUp.rows(id, blankToNull(plan), Paging.of(page, size, Sort.unsorted()));
  }

  @Audited(value = "survey.respondents.read", subject = "id")
  @GetMapping("/surveys/{id}/action-items.{format}")
  void export(
      @PathVariable String id,
      @PathVariable String format,
      @RequestParam(required = false) String plan,
      HttpServletResponse response)
      throws IOException {
    if (!"csv".equals(format) && !"xlsx".equals(format)) {
      throw new NotFoundException("format " + format);
    }
    Page<Row> rows =
        followUp.rows(id, blankToNull(plan), PageRequest.of(0, EXPORT_LIMIT, Sort.unsorted()));
    Locale locale = LocaleContextHolder.getLocale();
    response.setContentType(
        "csv".equals(format)
            ? "text/csv;charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment()
            .filename("action-items-" + id + "." + format, StandardCharsets.UTF_8)
            .build()
            .toString());
    OutputStream out = response.getOutputStream();
    try (Sheet sheet =
        "csv".equals(format) ? new CsvSheet(out) : new XlsxSheet(out, "action-items")) {
      sheet.row(
          List.of(
              text("survey.items.plan", locale),
              text("survey.items.plan-id", locale),
              text("actionplan.page.group", locale),
              text("actionplan.page.no", locale),
              text("actionplan.page.text", locale),
              text("survey.action.owner", locale),
              text("survey.action.due", locale),
              text("survey.items.respondent", locale),
              text("survey.action.status", locale),
              text("survey.action.note", locale)));
      for (Row r : rows) {
        sheet.row(
            List.of(
                r.planTitle(),
                r.planId(),
                r.group(),
                (long) r.number(),
                r.text(),
                r.owner(),
                r.dueDate() == null ? "" : r.dueDate().toString(),
                text("survey.items.respondent." + r.respondentStatus(), locale),
                r.status() == null ? "" : text("survey.action." + r.status(), locale),
                r.note() == null ? "" : r.note()));
      }
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
