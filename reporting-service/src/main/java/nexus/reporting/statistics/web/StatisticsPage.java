package nexus.reporting.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nexus.reporting.statistics.StatisticsProjection;
import nexus.reporting.statistics.StatisticsProjection.BudgetRow;
import nexus.reporting.statistics.StatisticsProjection.Row;
import nexus.reporting.survey.Indicator;
import nexus.reporting.survey.SurveyResults;
import nexus.web.Audited;
import nexus.web.NotFoundException;
import nexus.web.sheet.CsvSheet;
import nexus.web.sheet.Sheet;
import nexus.web.sheet.XlsxSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Reporting staff's statistics: people and person-days by direction, country, field, course and
 * institution type (per call or all), budget awarded / disbursed / spent / refunded per call,
 * survey indicators; each table with bars and as CSV or Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class StatisticsPage {

  static final List<String> PEOPLE_TABLES =
      List.of("direction", "country", "field", "course", "institutionType");

  private final StatisticsProjection statistics;
  private final SurveyResults results;
  private final MessageSource messages;

  StatisticsPage(StatisticsProjection statistics, SurveyResults results, MessageSource messages) {
    this.statistics = statistics;
    this.results = results;
    this.messages = messages;
  }

  @GetMapping("/statistics")
  String page(@RequestParam(required = false) String call, Model model) {
    String selected = call == null || call.isBlank() ? StatisticsProjection.ALL : call;
    Map<String, List<Row>> people = statistics.people(selected);
    model.addAttribute("call", selected);
    model.addAttribute("calls", statistics.calls());
    model.addAttribute("people", people);
    model.addAttribute(
        "maxPeople",
        people.values().stream().flatMap(List::stream).mapToLong(Row::people).max().orElse(1));
    List<BudgetRow> budget = statistics.budget();
    model.addAttribute("budget", budget);
    model.addAttribute(
        "maxBudget", budget.stream().mapToLong(BudgetRow::awardedJpy).max().orElse(1));
    model.addAttribute("indicators", results.indicators());
    return "statistics/index";
  }

  /** People and person-days of a call, as JSON. */
  @GetMapping("/api/statistics/people")
  @ResponseBody
  Map<String, List<Row>> peopleJson(@RequestParam(required = false) String call) {
    return statistics.people(call == null || call.isBlank() ? StatisticsProjection.ALL : call);
  }

  /** Budget per call, as JSON. */
  @GetMapping("/api/statistics/budget")
  @ResponseBody
  List<BudgetRow> budgetJson() {
    return statistics.budget();
  }

  @GetMapping("/statistics/{table}.{format}")
  @Audited("statistics.export")
  void export(
      @PathVariable String table,
      @PathVariable String format,
      @RequestParam(required = false) String call,
      HttpServletResponse response)
      throws IOException {
    if (!"csv".equals(format) && !"xlsx".equals(format)) {
      throw new NotFoundException("format " + format);
    }
    List<List<?>> rows =
        rows(table, call == null || call.isBlank() ? StatisticsProjection.ALL : call);
    response.setContentType(
        "csv".equals(format)
            ? "text/csv;charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment()
            .filename("reporting-" + table + "." + format, StandardCharsets.UTF_8)
            .build()
            .toString());
    OutputStream out = response.getOutputStream();
    try (Sheet sheet = "csv".equals(format) ? new CsvSheet(out) : new XlsxSheet(out, table)) {
      for (List<?> row : rows) {
        sheet.row(row);
      }
    }
  }

  private List<List<?>> rows(String table, String call) {
    Locale locale = LocaleContextHolder.getLocale();
    List<List<?>> rows = new ArrayList<>();
    if (PEOPLE_TABLES.contains(table)) {
      rows.add(
          List.of(
              text("statistics.dimension." + table, locale),
              text("statistics.people", locale),
              text("statistics.personDays", locale)));
      for (Row r : statistics.people(call).getOrDefault(table, List.of())) {
        rows.add(List.of(r.value(), r.people(), r.personDays()));
      }
    } else if ("budget".equals(table)) {
      rows.add(
          List.of(
              text("statistics.call", locale),
              text("statistics.plans", locale),
              text("statistics.awarded", locale),
              text("statistics.disbursed", locale),
              text("statistics.spent", locale),
              text("statistics.refunded", locale)));
      for (BudgetRow b : statistics.budget()) {
        rows.add(
            List.of(
                b.callId(),
                b.plans(),
                b.awardedJpy(),
                b.disbursedJpy(),
                b.spentJpy(),
                b.refundedJpy()));
      }
    } else if ("indicators".equals(table)) {
      rows.add(
          List.of(
              text("statistics.indicator", locale),
              text("statistics.yearsAfter", locale),
              text("statistics.plansAnswered", locale),
              text("statistics.plansYes", locale),
              text("statistics.share", locale)));
      for (Indicator i : results.indicators()) {
        rows.add(
            List.of(
                text("indicator." + i.indicator(), locale),
                (long) i.yearsAfter(),
                i.plansAnswered(),
                i.plansYes(),
                String.valueOf(i.sharePercent())));
      }
    } else {
      throw new NotFoundException("table " + table);
    }
    return rows;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
