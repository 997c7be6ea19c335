package nexus.review.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nexus.review.statistics.CallStatistics;
import nexus.review.statistics.StatisticsExport;
import nexus.review.statistics.domain.StatisticsTables;
import nexus.web.Audited;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A call's statistics: the page and its CSV and Excel exports. */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class StatisticsPages {

  private final CallStatistics statistics;
  private final MessageSource messages;

  StatisticsPages(CallStatistics statistics, MessageSource messages) {
    this.statistics = statistics;
    this.messages = messages;
  }

  @GetMapping("/calls/{callId}/statistics")
  String page(@PathVariable String callId, Model model) {
    List<StatisticsTables.Table> tables = statistics.of(callId);
    // labels that are codes (course, institution type) read in the user's language
    Map<String, String> labelKeys = new HashMap<>();
    for (StatisticsTables.Table t : tables) {
      for (StatisticsTables.Line l : t.lines()) {
        String key = StatisticsTables.labelKey(t.dimension(), l.label());
        if (key != null) {
          labelKeys.put(t.dimension() + "|" + l.label(), key);
        }
      }
    }
    model.addAttribute("callId", callId);
    model.addAttribute("tables", tables);
    model.addAttribute("labelKeys", labelKeys);
    return "calls/statistics";
  }

  @Audited("statistics.export")
  @GetMapping("/calls/{callId}/statistics.csv")
  void csv(@PathVariable String callId, HttpServletResponse response) throws IOException {
    start(response, "text/csv;charset=UTF-8", callId, "csv");
    StatisticsExport.csv(statistics.of(callId), text(), response.getOutputStream());
  }

  @Audited("statistics.export")
  @GetMapping("/calls/{callId}/statistics.xlsx")
  void xlsx(@PathVariable String callId, HttpServletResponse response) throws IOException {
    start(
        response,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        callId,
        "xlsx");
    StatisticsExport.xlsx(statistics.of(callId), text(), response.getOutputStream());
  }

  private Function<String, String> text() {
    var locale = LocaleContextHolder.getLocale();
    return key -> messages.getMessage(key, null, key, locale);
  }

  private static void start(HttpServletResponse response, String type, String callId, String ext) {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("call-statistics-" + callId + "." + ext, StandardCharsets.UTF_8)
            .build()
            .toString());
  }
}
