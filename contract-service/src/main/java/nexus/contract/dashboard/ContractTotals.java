package nexus.contract.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nexus.contract.casefile.domain.Agreement;
import nexus.contract.casefile.domain.Condition;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.casefile.domain.Settlement;
import nexus.contract.casefile.domain.Stage;
import nexus.contract.payment.domain.Payment;

/**
 * What contract staff watch: cases by stage, open conditions, payments waiting for a second pair of
 * eyes or for the bank, and money committed (signed agreements), disbursed and refunded (confirmed
 * refunds), per call and per institution. Whole yen throughout.
 */
public record ContractTotals(
    Map<Stage, Long> casesByStage,
    List<OpenCondition> openConditions,
    List<PendingPayment> pendingPayments,
    List<Money> perCall,
    List<Money> perInstitution) {

  /** An open condition of a case. */
  public record OpenCondition(String planId, String title, String conditionId, String text) {}

  /** A payment requested or approved but not yet disbursed. */
  public record PendingPayment(
      String planId,
      String paymentId,
      String institutionId,
      long amountJpy,
      String status,
      String requestedBy) {}

  /** Money of one call, or of one institution within a call. */
  public record Money(
      String callId,
      String institutionId,
      String institutionName,
      long committedJpy,
      long disbursedJpy,
      long refundedJpy) {}

  /** The totals over the given cases. */
  public static ContractTotals of(List<ContractCase> cases) {
    Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      byStage.put(s, 0L);
    }
    List<OpenCondition> open = new ArrayList<>();
    List<PendingPayment> pending = new ArrayList<>();
    Map<String, long[]> perCall = new TreeMap<>();
    Map<String, long[]> perInstitution = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (ContractCase c : cases) {
      byStage.merge(c.stage(), 1L, Long::sum);
      for (Condition x : c.conditions()) {
        if (x.open()) {
          open.add(new OpenCondition(c.planId(), c.title(), x.id(), x.text()));
        }
      }
      for (Payment p : c.payments()) {
        if (p.status() != Payment.Status.DISBURSED) {
          pending.add(
              new PendingPayment(
                  c.planId(),
                  p.paymentId(),
                  p.institutionId(),
                  p.amountJpy(),
                  p.status().name(),
                  p.requestedBy()));
        }
      }
      for (Agreement a : c.agreements()) {
        String key = c.callId() + "\u0000" + a.institutionId();
        names.putIfAbsent(key, a.institutionName());
        long committed = a.signed() ? a.amountJpy() : 0;
        long disbursed =
            c.payments().stream()
                .filter(
                    p ->
                        p.agreementId().equals(a.agreementId())
                            && p.status() == Payment.Status.DISBURSED)
                .mapToLong(Payment::amountJpy)
                .sum();
        long refunded =
            c.settlement(a.institutionId())
                .filter(s -> s.status() == Settlement.Status.COMPLETED)
                .map(s -> s.calculation().refundJpy())
                .orElse(0L);
        add(perCall.computeIfAbsent(c.callId(), k -> new long[3]), committed, disbursed, refunded);
        add(perInstitution.computeIfAbsent(key, k -> new long[3]), committed, disbursed, refunded);
      }
    }
    List<Money> calls = new ArrayList<>();
    perCall.forEach((call, m) -> calls.add(new Money(call, null, null, m[0], m[1], m[2])));
    List<Money> institutions = new ArrayList<>();
    perInstitution.forEach(
        (key, m) -> {
          String[] parts = key.split("\u0000", 2);
          institutions.add(new Money(parts[0], parts[1], names.get(key), m[0], m[1], m[2]));
        });
    return new ContractTotals(byStage, open, pending, calls, institutions);
  }

  private static void add(long[] m, long committed, long disbursed, long refunded) {
    m[0] = Math.addExact(m[0], committed);
    m[1] = Math.addExact(m[1], disbursed);
    m[2] = Math.addExact(m[2], refunded);
  }
}
