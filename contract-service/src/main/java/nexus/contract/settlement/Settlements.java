package nexus.contract.settlement;

import java.util.List;
import nexus.contract.ContractProperties;
import nexus.contract.casefile.ContractCases;
import nexus.contract.casefile.domain.Actor;
import nexus.contract.pdf.ContractPdfs;
import nexus.contract.settlement.domain.SettlementCalculation;
import nexus.contract.settlement.domain.UnfundableItems;
import nexus.events.AccountingReportSubmitted;
import org.springframework.stereotype.Service;

/**
 * Settles an institution's advance from its accounting report: eligible spend against the advance
 * actually paid, unfundable lines out, indirect costs capped; a refund notice when money is to come
 * back, and {@code SettlementCompleted} once it has (or at once when nothing is owed).
 */
@Service
public class Settlements {

  private final ContractCases cases;
  private final ContractPdfs pdfs;
  private final UnfundableItems unfundable;

  Settlements(ContractCases cases, ContractPdfs pdfs, ContractProperties properties) {
    this.cases = cases;
    this.pdfs = pdfs;
    this.unfundable =
        new UnfundableItems(
            properties.unfundableKeywords() == null ? List.of() : properties.unfundableKeywords());
  }

  /**
   * Applies a report; a report for a plan or institution contract does not know fails (dead
   * letter).
   */
  public void settle(AccountingReportSubmitted report) {
    List<SettlementCalculation.Line> lines =
        report.items().stream()
            .map(i -> new SettlementCalculation.Line(i.category(), i.description(), i.amountJpy()))
            .toList();
    long indirect = report.indirectJpy() == null ? 0 : report.indirectJpy();
    if (lines.isEmpty()) {
      // a report from before lines were carried: its whole spend counts as direct costs
      lines = List.of(new SettlementCalculation.Line("IV", "total", report.spentAmountJpy()));
    }
    List<SettlementCalculation.Line> reported = lines;
    cases.change(
        report.planId(),
        (c, at) -> {
          SettlementCalculation calc =
              SettlementCalculation.of(
                  c.advancePaidTo(report.institutionId()), reported, indirect, unfundable);
          return c.settle(
              report.institutionId(),
              report.reportId(),
              calc,
              s -> pdfs.refundNotice(c, s, at),
              at);
        });
  }

  /** Staff confirm the refund is back. */
  public void confirmRefund(String planId, String institutionId, Actor staff) {
    cases.change(planId, (c, at) -> c.confirmRefund(institutionId, staff, at));
  }
}
