package nexus.contract.casefile.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nexus.contract.casefile.domain.Agreement;
import nexus.contract.casefile.domain.Amendment;
import nexus.contract.casefile.domain.Budget;
import nexus.contract.casefile.domain.Condition;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.casefile.domain.Message;
import nexus.contract.casefile.domain.Settlement;
import nexus.contract.casefile.domain.Signature;
import nexus.contract.casefile.domain.WorkPlanVersion;
import nexus.contract.payment.domain.Payment;
import nexus.contract.settlement.domain.SettlementCalculation;

/**
 * A contract case as the API shows it: no PDF bytes (they have their own links), bank accounts only
 * masked, the audit trail only on its own staff endpoint.
 */
record CaseView(
    String planId,
    String callId,
    String title,
    String course,
    String hostInstitutionId,
    String hostInstitutionName,
    long approvedAmountJpy,
    Instant awardedAt,
    String stage,
    List<ConditionView> conditions,
    List<Message> messages,
    WorkPlanView workPlan,
    List<AgreementView> agreements,
    List<PaymentView> payments,
    List<AmendmentView> amendments,
    List<SettlementView> settlements) {

  record ConditionView(String id, String text, boolean open, String closedBy, Instant closedAt) {}

  record WorkPlanView(
      String status,
      Budget budget,
      long directJpy,
      long totalJpy,
      LocalDate start,
      LocalDate end,
      List<String> participants,
      List<WorkPlanVersion> versions) {}

  record AgreementView(
      String agreementId,
      String institutionId,
      String institutionName,
      String role,
      long amountJpy,
      String sha256,
      Instant issuedAt,
      Signature institutionSignature,
      Signature agencySignature,
      boolean signed,
      boolean paymentRequested) {}

  record PaymentView(
      String paymentId,
      String agreementId,
      String institutionId,
      long amountJpy,
      String status,
      String requestedBy,
      String approvedBy,
      Instant disbursedAt,
      String maskedAccount,
      int attempts,
      String lastError) {}

  record AmendmentView(
      String id,
      String status,
      String reason,
      WorkPlanVersion proposal,
      String decidedBy,
      String comment) {}

  record SettlementView(
      String institutionId,
      String reportId,
      String status,
      SettlementCalculation calculation,
      boolean refundNotice,
      String confirmedBy,
      Instant completedAt) {}

  static CaseView of(ContractCase c) {
    var w = c.workPlan();
    return new CaseView(
        c.planId(),
        c.callId(),
        c.title(),
        c.course(),
        c.hostInstitutionId(),
        c.hostInstitutionName(),
        c.approvedAmountJpy(),
        c.awardedAt(),
        c.stage().name(),
        c.conditions().stream().map(CaseView::condition).toList(),
        c.messages(),
        new WorkPlanView(
            w.status().name(),
            w.budget(),
            w.budget().directJpy(),
            w.budget().totalJpy(),
            w.start(),
            w.end(),
            w.participants(),
            w.versions()),
        c.agreements().stream().map(a -> agreement(a, c)).toList(),
        c.payments().stream().map(CaseView::payment).toList(),
        c.amendments().stream().map(CaseView::amendment).toList(),
        c.settlements().stream().map(CaseView::settlement).toList());
  }

  /**
   * A case as a funded institution sees it: its own agreement, payment (masked) and settlement; the
   * thread and amendments only for the host, who writes them.
   */
  static CaseView forInstitution(ContractCase c, String institutionId) {
    CaseView all = of(c);
    boolean host = institutionId.equals(c.hostInstitutionId());
    return new CaseView(
        all.planId(),
        all.callId(),
        all.title(),
        all.course(),
        all.hostInstitutionId(),
        all.hostInstitutionName(),
        all.approvedAmountJpy(),
        all.awardedAt(),
        all.stage(),
        all.conditions(),
        host ? all.messages() : List.of(),
        all.workPlan(),
        all.agreements().stream().filter(a -> a.institutionId().equals(institutionId)).toList(),
        all.payments().stream()
            .filter(p -> p.institutionId().equals(institutionId))
            .map(
                p ->
                    new PaymentView(
                        p.paymentId(),
                        p.agreementId(),
                        p.institutionId(),
                        p.amountJpy(),
                        p.status(),
                        null,
                        null,
                        p.disbursedAt(),
                        p.maskedAccount(),
                        p.attempts(),
                        null))
            .toList(),
        host ? all.amendments() : List.of(),
        all.settlements().stream().filter(x -> x.institutionId().equals(institutionId)).toList());
  }

  private static ConditionView condition(Condition x) {
    return new ConditionView(x.id(), x.text(), x.open(), x.closedBy(), x.closedAt());
  }

  private static AgreementView agreement(Agreement a, ContractCase c) {
    return new AgreementView(
        a.agreementId(),
        a.institutionId(),
        a.institutionName(),
        a.role(),
        a.amountJpy(),
        a.sha256(),
        a.issuedAt(),
        a.institutionSignature(),
        a.agencySignature(),
        a.signed(),
        c.payments().stream().anyMatch(p -> p.agreementId().equals(a.agreementId())));
  }

  private static PaymentView payment(Payment p) {
    return new PaymentView(
        p.paymentId(),
        p.agreementId(),
        p.institutionId(),
        p.amountJpy(),
        p.status().name(),
        p.requestedBy(),
        p.approvedBy(),
        p.disbursedAt(),
        p.maskedAccount(),
        p.attempts(),
        p.lastError());
  }

  private static AmendmentView amendment(Amendment a) {
    return new AmendmentView(
        a.id(), a.status().name(), a.reason(), a.proposal(), a.decidedBy(), a.comment());
  }

  private static SettlementView settlement(Settlement s) {
    return new SettlementView(
        s.institutionId(),
        s.reportId(),
        s.status().name(),
        s.calculation(),
        s.refundNotice() != null,
        s.confirmedBy(),
        s.completedAt());
  }
}
