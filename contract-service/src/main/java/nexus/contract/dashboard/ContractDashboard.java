package nexus.contract.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nexus.contract.award.AwardedPlans;
import nexus.contract.casefile.ContractCases;
import nexus.web.Audited;
import nexus.web.Paging;
import nexus.web.sheet.CsvSheet;
import nexus.web.sheet.Sheet;
import nexus.web.sheet.XlsxSheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Contract staff's dashboard: cases by stage, open conditions, payments awaiting approval or the
 * bank, money committed / disbursed / refunded per call and per institution (CSV and Excel), and
 * the awarded plans received from review.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-contract','admin')")
class ContractDashboard {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final AwardedPlans awards;
  private final ContractCases cases;
  private final MessageSource messages;

  ContractDashboard(AwardedPlans awards, ContractCases cases, MessageSource messages) {
    this.awards = awards;
    this.cases = cases;
    this.messages = messages;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "awards", awards.page(Paging.of(page, 50, Sort.by("awardedAt").descending())));
    var all = cases.all();
    model.addAttribute("totals", ContractTotals.of(all));
    model.addAttribute("cases", all);
    // the award list shows where each award's contract case stands now
    model.addAttribute(
        "stages", all.stream().collect(Collectors.toMap(c -> c.planId(), c -> c.stage().name())));
    return "dashboard/index";
  }

  @Audited("cases.export")
  @GetMapping("/dashboard/export.csv")
  void csv(HttpServletResponse response) throws IOException {
    start(response, "text/csv;charset=UTF-8", "csv");
    try (Sheet sheet = new CsvSheet(response.getOutputStream())) {
      write(sheet);
    }
  }

  @Audited("cases.export")
  @GetMapping("/dashboard/export.xlsx")
  void xlsx(HttpServletResponse response) throws IOException {
    start(response, XLSX, "xlsx");
    try (Sheet sheet = new XlsxSheet(response.getOutputStream(), "contract")) {
      write(sheet);
    }
  }

  private void write(Sheet sheet) throws IOException {
    Locale locale = LocaleContextHolder.getLocale();
    sheet.row(
        List.of(
                "totals.call",
                "totals.institution",
                "totals.institution-name",
                "totals.committed",
                "totals.disbursed",
                "totals.refunded")
            .stream()
            .map(k -> messages.getMessage(k, null, k, locale))
            .toList());
    for (ContractTotals.Money m : ContractTotals.of(cases.all()).perInstitution()) {
      sheet.row(
          Arrays.asList(
              m.callId(),
              m.institutionId(),
              m.institutionName(),
              m.committedJpy(),
              m.disbursedJpy(),
              m.refundedJpy()));
    }
  }

  private static void start(HttpServletResponse response, String type, String extension) {
    response.setContentType(type);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"contract-totals." + extension + "\"");
  }
}
