package nexus.contract.casefile;

import java.time.LocalDate;
import java.util.List;
import nexus.contract.casefile.domain.Actor;
import nexus.contract.casefile.domain.Budget;
import nexus.contract.pdf.ContractPdfs;
import org.springframework.stereotype.Service;

/**
 * The steps before money moves: conditions, work plan, agreements. Approving the work plan issues
 * every agreement's PDF in the same write, so what the institutions sign is fixed from then on.
 */
@Service
public class CaseSteps {

  private final ContractCases cases;
  private final ContractPdfs pdfs;

  CaseSteps(ContractCases cases, ContractPdfs pdfs) {
    this.cases = cases;
    this.pdfs = pdfs;
  }

  public void addCondition(String planId, String text, Actor staff) {
    cases.update(planId, (c, at) -> c.addCondition(text, staff, at));
  }

  public void closeCondition(String planId, String conditionId, Actor staff) {
    cases.update(planId, (c, at) -> c.closeCondition(conditionId, staff, at));
  }

  public void submitWorkPlan(
      String planId,
      Budget budget,
      LocalDate start,
      LocalDate end,
      List<String> people,
      Actor host) {
    cases.update(planId, (c, at) -> c.submitWorkPlan(budget, start, end, people, host, at));
  }

  public void decideWorkPlan(String planId, boolean approve, String comment, Actor staff) {
    cases.change(
        planId,
        (c, at) -> {
          var events = c.decideWorkPlan(approve, comment, staff, at);
          if (approve) {
            c.issueAgreements(a -> pdfs.agreement(c, a, at), ContractPdfs::sha256, at);
          }
          return events;
        });
  }

  public void signAsInstitution(String planId, String agreementId, String sha256, Actor signer) {
    cases.update(planId, (c, at) -> c.signAsInstitution(agreementId, sha256, signer, at));
  }

  public void signAsAgency(String planId, String agreementId, String sha256, Actor staff) {
    cases.change(planId, (c, at) -> c.signAsAgency(agreementId, sha256, staff, at));
  }

  public void requestAmendment(
      String planId,
      Budget budget,
      LocalDate start,
      LocalDate end,
      List<String> people,
      String reason,
      Actor host) {
    cases.update(
        planId, (c, at) -> c.requestAmendment(budget, start, end, people, reason, host, at));
  }

  public void decideAmendment(
      String planId, String amendmentId, boolean approve, String comment, Actor staff) {
    cases.update(planId, (c, at) -> c.decideAmendment(amendmentId, approve, comment, staff, at));
  }
}
