package nexus.contract.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nexus.contract.payment.domain.Payment;
import nexus.contract.settlement.domain.SettlementCalculation;
import nexus.events.AgreementSigned;
import nexus.events.IntegrationEvent;
import nexus.events.PaymentDisbursed;
import nexus.events.SettlementCompleted;
import nexus.events.WorkPlanApproved;

/**
 * The contract case of one awarded plan (aggregate root): its conditions and message thread, work
 * plan, one agreement per funded institution, their advance payments, amendments and settlements,
 * and an append-only audit trail. Nothing proceeds while a condition is open. Every step that
 * changes an amount or approves something appends to the trail; steps return the events they
 * caused.
 */
public class ContractCase {

  private String planId;
  private String callId;
  private String title;
  private String course;
  private String hostInstitutionId;
  private String hostInstitutionName;
  private long approvedAmountJpy;
  private Instant awardedAt;
  private List<Condition> conditions = new ArrayList<>();
  private List<Message> messages = new ArrayList<>();
  private WorkPlan workPlan;
  private List<Agreement> agreements = new ArrayList<>();
  private List<Payment> payments = new ArrayList<>();
  private List<Amendment> amendments = new ArrayList<>();
  private List<Settlement> settlements = new ArrayList<>();
  private List<AuditEntry> audit = new ArrayList<>();

  ContractCase() {}

  /** Opens the case of an award; {@link CaseOpening} reads the award event. */
  public static ContractCase open(CaseOpening o, Instant at) {
    ContractCase c = new ContractCase();
    c.planId = o.planId();
    c.callId = o.callId();
    c.title = o.title();
    c.course = o.course();
    c.hostInstitutionId = o.hostInstitutionId();
    c.approvedAmountJpy = o.approvedAmountJpy();
    c.awardedAt = o.awardedAt();
    for (int i = 0; i < o.conditions().size(); i++) {
      c.conditions.add(new Condition("C" + (i + 1), o.conditions().get(i)));
    }
    for (int i = 0; i < o.institutions().size(); i++) {
      CaseOpening.Funded f = o.institutions().get(i);
      if ("HOST".equals(f.role())) {
        c.hostInstitutionName = f.name();
      }
      c.agreements.add(
          new Agreement(
              "AGR-" + o.planId() + "-" + (i + 1),
              f.institutionId(),
              f.name(),
              f.role(),
              f.amountJpy()));
    }
    c.workPlan = WorkPlan.prefilled(o.budget(), o.start(), o.end(), o.participants());
    c.audit(
        Actor.SYSTEM, at, "case.opened", o.planId(), null, Long.toString(o.approvedAmountJpy()));
    return c;
  }

  // ---- conditions and the thread

  public void addCondition(String text, Actor staff, Instant at) {
    String id = "C" + (conditions.size() + 1);
    conditions.add(new Condition(id, text));
    audit(staff, at, "condition.added", id, null, text);
  }

  public void closeCondition(String conditionId, Actor staff, Instant at) {
    conditions.stream()
        .filter(x -> x.id().equals(conditionId))
        .findFirst()
        .orElseThrow(() -> new CaseRefusedException("condition.unknown", conditionId))
        .close(staff, at);
    audit(staff, at, "condition.closed", conditionId, "open", "closed");
  }

  public void post(Message message) {
    messages.add(message);
  }

  /** The next version number for an attachment of this name on the case. */
  public int nextAttachmentVersion(String fileName) {
    return 1
        + (int)
            messages.stream()
                .flatMap(m -> m.attachments().stream())
                .filter(a -> a.fileName().equals(fileName))
                .count();
  }

  /** Refuses any step while a condition or information update is open. */
  public void requireNoOpenCondition() {
    if (conditions.stream().anyMatch(Condition::open)) {
      throw new CaseRefusedException("case.conditions-open");
    }
  }

  // ---- work plan

  public void submitWorkPlan(
      Budget budget, LocalDate start, LocalDate end, List<String> people, Actor host, Instant at) {
    requireNoOpenCondition();
    budget.checkWithin(approvedAmountJpy);
    Budget before = workPlan.budget();
    WorkPlanVersion v = workPlan.submit(budget, start, end, people, host, at);
    audit(
        host,
        at,
        "work-plan.submitted",
        "v" + v.version(),
        String.valueOf(before),
        budget.toString());
  }

  /** Approves (returns {@code WorkPlanApproved}) or returns the submitted work plan. */
  public List<IntegrationEvent> decideWorkPlan(
      boolean approve, String comment, Actor staff, Instant at) {
    requireNoOpenCondition();
    WorkPlanVersion v = workPlan.decide(approve, staff, at, comment);
    audit(
        staff,
        at,
        approve ? "work-plan.approved" : "work-plan.returned",
        "v" + v.version(),
        null,
        v.budget().toString());
    return approve
        ? List.of(
            new WorkPlanApproved(planId, planId + "-v" + v.version(), v.budget().totalJpy(), at))
        : List.of();
  }

  // ---- agreements

  /** Issues every agreement's PDF once the work plan is approved; signed ones never change. */
  public void issueAgreements(
      Function<Agreement, byte[]> pdfOf, Function<byte[], String> sha256, Instant at) {
    requireNoOpenCondition();
    if (workPlan.status() != WorkPlan.Status.APPROVED) {
      throw new CaseRefusedException("agreement.work-plan-not-approved");
    }
    for (Agreement a : agreements) {
      if (a.pdf() == null) {
        byte[] pdf = pdfOf.apply(a);
        a.issue(pdf, sha256.apply(pdf), at);
        audit(Actor.SYSTEM, at, "agreement.issued", a.agreementId(), null, a.sha256());
      }
    }
  }

  public void signAsInstitution(String agreementId, String seenSha256, Actor signer, Instant at) {
    requireNoOpenCondition();
    Agreement a = agreement(agreementId);
    a.signByInstitution(signer, seenSha256, at);
    audit(signer, at, "agreement.signed-by-institution", agreementId, null, a.sha256());
  }

  /** The agency's signature completes the agreement: {@code AgreementSigned}. */
  public List<IntegrationEvent> signAsAgency(
      String agreementId, String seenSha256, Actor staff, Instant at) {
    requireNoOpenCondition();
    Agreement a = agreement(agreementId);
    a.signByAgency(staff, seenSha256, at);
    audit(staff, at, "agreement.signed-by-agency", agreementId, null, a.sha256());
    return List.of(
        new AgreementSigned(planId, agreementId, a.institutionId(), a.role(), a.amountJpy(), at));
  }

  public Agreement agreement(String agreementId) {
    return agreements.stream()
        .filter(a -> a.agreementId().equals(agreementId))
        .findFirst()
        .orElseThrow(() -> new CaseRefusedException("agreement.unknown", agreementId));
  }

  // ---- payments

  /** Requests the one advance of a signed agreement: its full amount. */
  public Payment requestPayment(
      String agreementId, String encryptedAccount, String maskedAccount, Actor staff, Instant at) {
    requireNoOpenCondition();
    Agreement a = agreement(agreementId);
    if (!a.signed()) {
      throw new CaseRefusedException("payment.agreement-not-signed");
    }
    if (payments.stream().anyMatch(p -> p.agreementId().equals(agreementId))) {
      throw new CaseRefusedException("payment.already-requested");
    }
    Payment p =
        Payment.request(
            "PAY-" + agreementId,
            agreementId,
            a.institutionId(),
            a.amountJpy(),
            staff.id(),
            at,
            encryptedAccount,
            maskedAccount);
    payments.add(p);
    audit(staff, at, "payment.requested", p.paymentId(), null, Long.toString(p.amountJpy()));
    return p;
  }

  public void approvePayment(String paymentId, Actor staff, Instant at) {
    requireNoOpenCondition();
    Payment p = payment(paymentId);
    p.approve(staff.id(), at);
    audit(staff, at, "payment.approved", paymentId, "REQUESTED", "APPROVED");
  }

  /** The bank confirmed: {@code PaymentDisbursed}. */
  public List<IntegrationEvent> paymentDisbursed(
      String paymentId, String bankReference, Actor staff, Instant at) {
    Payment p = payment(paymentId);
    p.disbursed(bankReference, at);
    audit(staff, at, "payment.disbursed", paymentId, "APPROVED", Long.toString(p.amountJpy()));
    return List.of(new PaymentDisbursed(planId, paymentId, p.institutionId(), p.amountJpy(), at));
  }

  public void paymentFailed(String paymentId, String error, Actor staff, Instant at) {
    payment(paymentId).failed(error);
    audit(staff, at, "payment.failed", paymentId, null, error);
  }

  public Payment payment(String paymentId) {
    return payments.stream()
        .filter(p -> p.paymentId().equals(paymentId))
        .findFirst()
        .orElseThrow(() -> new CaseRefusedException("payment.unknown", paymentId));
  }

  // ---- amendments

  public Amendment requestAmendment(
      Budget budget,
      LocalDate start,
      LocalDate end,
      List<String> people,
      String reason,
      Actor host,
      Instant at) {
    requireNoOpenCondition();
    if (workPlan.status() != WorkPlan.Status.APPROVED) {
      throw new CaseRefusedException("amendment.work-plan-not-approved");
    }
    if (amendments.stream().anyMatch(a -> a.status() == Amendment.Status.REQUESTED)) {
      throw new CaseRefusedException("amendment.one-at-a-time");
    }
    budget.checkWithin(approvedAmountJpy);
    if (start == null || end == null || end.isBefore(start)) {
      throw new CaseRefusedException("work-plan.period");
    }
    int version = workPlan.versions().size() + 1;
    Amendment a =
        new Amendment(
            "AMD-" + UUID.randomUUID(),
            new WorkPlanVersion(
                version, budget, start, end, people, host.name(), at, null, null, null, reason),
            reason);
    amendments.add(a);
    audit(
        host,
        at,
        "amendment.requested",
        a.id(),
        String.valueOf(workPlan.budget()),
        budget.toString());
    return a;
  }

  public void decideAmendment(
      String amendmentId, boolean approve, String comment, Actor staff, Instant at) {
    requireNoOpenCondition();
    Amendment a =
        amendments.stream()
            .filter(x -> x.id().equals(amendmentId))
            .findFirst()
            .orElseThrow(() -> new CaseRefusedException("amendment.unknown", amendmentId));
    Budget before = workPlan.budget();
    WorkPlanVersion decided = a.decide(approve, staff, at, comment);
    if (approve) {
      workPlan.amend(decided);
    }
    audit(
        staff,
        at,
        approve ? "amendment.approved" : "amendment.rejected",
        amendmentId,
        String.valueOf(before),
        String.valueOf(workPlan.budget()));
  }

  // ---- settlement

  /** The advance actually paid to an institution (0 if none yet). */
  public long advancePaidTo(String institutionId) {
    return payments.stream()
        .filter(
            p -> p.institutionId().equals(institutionId) && p.status() == Payment.Status.DISBURSED)
        .mapToLong(Payment::amountJpy)
        .sum();
  }

  public boolean hasAgreementWith(String institutionId) {
    return agreements.stream().anyMatch(a -> a.institutionId().equals(institutionId));
  }

  /**
   * Settles an institution's advance from its accounting report; a report already settled changes
   * nothing. Without a refund the settlement completes at once ({@code SettlementCompleted}).
   */
  public List<IntegrationEvent> settle(
      String institutionId,
      String reportId,
      SettlementCalculation calculation,
      Function<Settlement, byte[]> noticeOf,
      Instant at) {
    if (!hasAgreementWith(institutionId)) {
      throw new CaseRefusedException("settlement.no-agreement", institutionId);
    }
    if (settlements.stream().anyMatch(s -> s.institutionId().equals(institutionId))) {
      return List.of();
    }
    if (advancePaidTo(institutionId) == 0) {
      // a report before the advance was paid cannot be settled yet: the handler fails, the record
      // goes to the dead letters and is replayed once the payment is out
      throw new CaseRefusedException("settlement.no-advance", institutionId);
    }
    Settlement s = new Settlement(institutionId, reportId, calculation, at);
    if (calculation.refundJpy() > 0) {
      s.attachNotice(noticeOf.apply(s));
    }
    settlements.add(s);
    audit(
        Actor.SYSTEM,
        at,
        "settlement.calculated",
        institutionId,
        Long.toString(calculation.advanceJpy()),
        Long.toString(calculation.eligibleJpy()));
    return s.status() == Settlement.Status.COMPLETED ? List.of(completed(s, at)) : List.of();
  }

  /** Staff confirm the refund is back: {@code SettlementCompleted}. */
  public List<IntegrationEvent> confirmRefund(String institutionId, Actor staff, Instant at) {
    Settlement s =
        settlement(institutionId).orElseThrow(() -> new CaseRefusedException("settlement.unknown"));
    s.confirmRefund(staff, at);
    audit(
        staff,
        at,
        "settlement.refund-confirmed",
        institutionId,
        null,
        Long.toString(s.calculation().refundJpy()));
    return List.of(completed(s, at));
  }

  private SettlementCompleted completed(Settlement s, Instant at) {
    SettlementCalculation c = s.calculation();
    return new SettlementCompleted(
        planId, s.institutionId(), c.advanceJpy(), c.eligibleJpy(), c.refundJpy(), at);
  }

  public Optional<Settlement> settlement(String institutionId) {
    return settlements.stream().filter(s -> s.institutionId().equals(institutionId)).findFirst();
  }

  // ---- state

  /** Where the case stands. */
  public Stage stage() {
    if (conditions.stream().anyMatch(Condition::open)) {
      return Stage.CONDITIONS;
    }
    if (workPlan.status() != WorkPlan.Status.APPROVED) {
      return Stage.WORK_PLAN;
    }
    if (!agreements.stream().allMatch(Agreement::signed)) {
      return Stage.AGREEMENT;
    }
    if (payments.size() < agreements.size()
        || payments.stream().anyMatch(p -> p.status() != Payment.Status.DISBURSED)) {
      return Stage.PAYMENT;
    }
    if (settlements.size() < agreements.size()) {
      return settlements.isEmpty() ? Stage.IMPLEMENTATION : Stage.SETTLEMENT;
    }
    return settlements.stream().allMatch(s -> s.status() == Settlement.Status.COMPLETED)
        ? Stage.CLOSED
        : Stage.SETTLEMENT;
  }

  /** Whether the user's institution is funded on this case (host or partner). */
  public boolean involves(String institutionId) {
    return institutionId != null
        && (institutionId.equals(hostInstitutionId) || hasAgreementWith(institutionId));
  }

  /**
   * Erasure (issue 7): every participant entry of the work plan, its versions and the amendments'
   * proposals that {@code erase} changes is replaced by what it returns; the trail records how many
   * entries changed (no name). Returns that number; 0 leaves the case as it was.
   */
  public int eraseParticipants(UnaryOperator<String> erase, Instant at) {
    int[] changed = {0};
    UnaryOperator<String> counting =
        entry -> {
          String after = erase.apply(entry);
          if (!after.equals(entry)) {
            changed[0]++;
          }
          return after;
        };
    if (workPlan != null) {
      workPlan.changeParticipants(counting);
    }
    amendments.forEach(a -> a.changeParticipants(counting));
    if (changed[0] > 0) {
      audit(Actor.SYSTEM, at, "participant.erased", planId, null, Integer.toString(changed[0]));
    }
    return changed[0];
  }

  private void audit(
      Actor actor, Instant at, String action, String subject, String before, String after) {
    audit.add(new AuditEntry(at, actor.id(), actor.name(), action, subject, before, after));
  }

  public String planId() {
    return planId;
  }

  public String callId() {
    return callId;
  }

  public String title() {
    return title;
  }

  public String course() {
    return course;
  }

  public String hostInstitutionId() {
    return hostInstitutionId;
  }

  public String hostInstitutionName() {
    return hostInstitutionName;
  }

  public long approvedAmountJpy() {
    return approvedAmountJpy;
  }

  public Instant awardedAt() {
    return awardedAt;
  }

  public List<Condition> conditions() {
    return List.copyOf(conditions);
  }

  public List<Message> messages() {
    return List.copyOf(messages);
  }

  public WorkPlan workPlan() {
    return workPlan;
  }

  public List<Agreement> agreements() {
    return List.copyOf(agreements);
  }

  public List<Payment> payments() {
    return List.copyOf(payments);
  }

  public List<Amendment> amendments() {
    return List.copyOf(amendments);
  }

  public List<Settlement> settlements() {
    return List.copyOf(settlements);
  }

  public List<AuditEntry> audit() {
    return List.copyOf(audit);
  }
}
