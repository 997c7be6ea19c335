package nexus.intake.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.statistics.PlanRow;
import nexus.intake.statistics.SubmissionStatistics;
import nexus.web.Audited;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import nexus.web.sheet.CsvSheet;
import nexus.web.sheet.Sheet;
import nexus.web.sheet.XlsxSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A call's submission statistics, and its submitted plans as CSV or Excel. */
@Controller
@PreAuthorize("hasAnyRole('staff-intake','admin')")
class StatisticsPage {

  static final int MIN_DAYS = 1;
  static final int MAX_DAYS = 14;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> COLUMNS =
      List.of(
          "receipt",
          "institution",
          "institutionType",
          "course",
          "title",
          "field",
          "countries",
          "requested",
          "submittedAt",
          "version",
          "documentsPresent",
          "documentsMissing");

  private final CallCatalog calls;
  private final SubmissionStatistics statistics;
  private final StatisticsLabels labels;
  private final MessageSource messages;
  private final Clock clock;

  StatisticsPage(
      CallCatalog calls,
      SubmissionStatistics statistics,
      StatisticsLabels labels,
      MessageSource messages,
      Clock clock) {
    this.calls = calls;
    this.statistics = statistics;
    this.labels = labels;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/statistics")
  String page(
      @RequestParam(required = false) String callId,
      @RequestParam(defaultValue = "3") int days,
      Model model) {
    if (days < MIN_DAYS || days > MAX_DAYS) {
      throw new RuleViolationException(
          HttpStatus.BAD_REQUEST, "statistics.days.range", MIN_DAYS, MAX_DAYS);
    }
    Call call = chosen(callId);
    var stats = statistics.of(call, days);
    model.addAttribute("calls", calls.all().stream().sorted(newestFirst()).toList());
    model.addAttribute("call", call);
    model.addAttribute("days", days);
    model.addAttribute("stats", stats);
    model.addAttribute("chart", HourChart.of(stats.hours()));
    return "statistics/index";
  }

  @Audited("statistics.export")
  @GetMapping("/statistics/export.csv")
  void csv(@RequestParam(required = false) String callId, HttpServletResponse response)
      throws IOException {
    Call call = chosen(callId);
    start(response, "text/csv;charset=UTF-8", call, "csv");
    try (Sheet sheet = new CsvSheet(response.getOutputStream())) {
      write(call, sheet);
    }
  }

  @Audited("statistics.export")
  @GetMapping("/statistics/export.xlsx")
  void xlsx(@RequestParam(required = false) String callId, HttpServletResponse response)
      throws IOException {
    Call call = chosen(callId);
    start(response, XLSX, call, "xlsx");
    try (Sheet sheet = new XlsxSheet(response.getOutputStream(), call.id())) {
      write(call, sheet);
    }
  }

  private void write(Call call, Sheet sheet) throws IOException {
    Locale locale = LocaleContextHolder.getLocale();
    sheet.row(
        COLUMNS.stream()
            .map(c -> messages.getMessage("statistics.export." + c, null, c, locale))
            .toList());
    IOException[] failed = new IOException[1];
    statistics.forEachPlan(
        call,
        row -> {
          if (failed[0] == null) {
            try {
              sheet.row(cells(row, call));
            } catch (IOException e) {
              failed[0] = e;
            }
          }
        });
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  private List<Object> cells(PlanRow row, Call call) {
    return List.of(
        nullToEmpty(row.receiptNumber()),
        nullToEmpty(row.institutionName()),
        labels.institutionType(row.institutionType()),
        labels.course(row.course()),
        nullToEmpty(row.title()),
        nullToEmpty(row.field()),
        String.join(" ", row.countries()),
        row.requestedJpy(),
        row.submittedAt() == null ? "" : LocalDateTime.ofInstant(row.submittedAt(), call.zone()),
        row.version(),
        String.join(" ", row.present()),
        String.join(" ", row.missing()));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void start(HttpServletResponse response, String type, Call call, String ext) {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("submitted-plans-" + call.id() + "." + ext, StandardCharsets.UTF_8)
            .build()
            .toString());
  }

  /** The call asked for; by default the one open now, else the one that closed last. */
  private Call chosen(String callId) {
    if (callId != null && !callId.isBlank()) {
      return calls.find(callId).orElseThrow(() -> new NotFoundException("call " + callId));
    }
    Instant now = clock.instant();
    return calls
        .openAt(now)
        .or(
            () ->
                calls.all().stream()
                    .filter(c -> !c.opensAtInstant().isAfter(now))
                    .max(Comparator.comparing(Call::closesAtInstant)))
        .or(() -> calls.all().stream().min(Comparator.comparing(Call::opensAtInstant)))
        .orElseThrow(() -> new NotFoundException("call"));
  }

  private static Comparator<Call> newestFirst() {
    return Comparator.comparing(Call::opensAt).reversed();
  }
}
