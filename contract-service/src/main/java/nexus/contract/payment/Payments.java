package nexus.contract.payment;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nexus.contract.ContractProperties;
import nexus.contract.casefile.ContractCases;
import nexus.contract.casefile.domain.Actor;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.payment.domain.BankAccount;
import nexus.contract.payment.domain.Payment;
import nexus.contract.payment.domain.ZenginTransferFile;
import nexus.contract.payment.domain.ZenginTransferFile.Remitter;
import nexus.contract.payment.domain.ZenginTransferFile.Transfer;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Advance payments of signed agreements: staff request one (the payee's account is encrypted at
 * once and only shown masked), a different staff member approves, and disbursement asks the bank
 * through retry and a circuit breaker. A failure leaves the payment approved and retryable; the
 * payment id is the bank's idempotency key and a disbursed payment is never sent again.
 */
@Service
public class Payments {

  private static final Logger log = LoggerFactory.getLogger(Payments.class);
  private final ContractCases cases;
  private final AccountCipher cipher;
  private final BankGateway bank;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private final ContractProperties properties;
  private final Clock clock;

  Payments(
      ContractCases cases,
      AccountCipher cipher,
      BankGateway bank,
      Retry bankRetry,
      CircuitBreaker bankCircuitBreaker,
      ContractProperties properties,
      Clock clock) {
    this.cases = cases;
    this.cipher = cipher;
    this.bank = bank;
    this.retry = bankRetry;
    this.breaker = bankCircuitBreaker;
    this.properties = properties;
    this.clock = clock;
  }

  public String request(String planId, String agreementId, BankAccount account, Actor staff) {
    String[] id = new String[1];
    cases.update(
        planId,
        (c, at) ->
            id[0] =
                c.requestPayment(agreementId, cipher.encrypt(account), account.masked(), staff, at)
                    .paymentId());
    return id[0];
  }

  public void approve(String planId, String paymentId, Actor staff) {
    cases.update(planId, (c, at) -> c.approvePayment(paymentId, staff, at));
  }

  /** Sends an approved payment to the bank; a disbursed one is left alone. */
  public Payment disburse(String planId, String paymentId, Actor staff) {
    ContractCase current = cases.one(planId);
    Payment p = find(current, paymentId);
    if (p.status() == Payment.Status.DISBURSED) {
      return p;
    }
    // checked before the bank is asked: once the money is out, its record must not be refused
    ContractCases.refusalsAsProblems(
        () -> {
          current.requireNoOpenCondition();
          return null;
        });
    if (!p.awaitsDisbursement()) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "payment.not-approved");
    }
    BankAccount payee = cipher.decrypt(p.encryptedAccount());
    Supplier<String> call =
        Retry.decorateSupplier(
            retry,
            CircuitBreaker.decorateSupplier(
                breaker, () -> bank.transfer(p.paymentId(), payee, p.amountJpy())));
    String reference;
    try {
      reference = call.get();
    } catch (RuntimeException e) {
      log.warn("bank transfer of {} failed: {}", paymentId, e.toString());
      cases.update(
          planId,
          (c, at) ->
              c.paymentFailed(
                  paymentId, e.getClass().getSimpleName() + ": " + e.getMessage(), staff, at));
      throw new RuleViolationException(HttpStatus.SERVICE_UNAVAILABLE, "payment.bank-failed");
    }
    cases.change(planId, (c, at) -> c.paymentDisbursed(paymentId, reference, staff, at));
    return find(cases.one(planId), paymentId);
  }

  /** The Zengin file of every approved payment still to be paid, for the given transfer day. */
  public byte[] zenginBatch(LocalDate transferDate) {
    List<Transfer> transfers = new ArrayList<>();
    for (ContractCase c : cases.all()) {
      for (Payment p : c.payments()) {
        if (p.awaitsDisbursement()) {
          transfers.add(
              new Transfer(cipher.decrypt(p.encryptedAccount()), p.amountJpy(), customerCode(p)));
        }
      }
    }
    ContractProperties.Remitter r = properties.remitter();
    if (r == null || r.requesterCode() == null || r.requesterCode().isBlank()) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "payment.remitter-missing");
    }
    BankAccount agency =
        new BankAccount(
            r.bankCode(),
            r.bankName(),
            r.branchCode(),
            r.branchName(),
            r.accountType(),
            r.accountNumber(),
            r.nameKana());
    return ZenginTransferFile.write(
        new Remitter(r.requesterCode(), r.nameKana(), agency), transferDate, transfers);
  }

  /** The customer code of a transfer: the payment id's last 20 letters and digits. */
  static String customerCode(Payment p) {
    String code = p.paymentId().toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    return code.substring(Math.max(0, code.length() - 20));
  }

  /** Tomorrow in Tokyo: the earliest transfer day of a file made today. */
  public LocalDate nextTransferDay() {
    return LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).plusDays(1);
  }

  private static Payment find(ContractCase c, String paymentId) {
    return c.payments().stream()
        .filter(p -> p.paymentId().equals(paymentId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("payment " + paymentId));
  }
}
