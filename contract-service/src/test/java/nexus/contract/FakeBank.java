package nexus.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nexus.contract.payment.BankGateway;
import nexus.contract.payment.domain.BankAccount;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A bank that honours idempotency keys like a real one (a key seen before is not paid again) and
 * can be told to fail the next calls.
 */
public class FakeBank implements BankGateway {

  /** Puts the fake in place of the configured bank. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    @Primary
    FakeBank fakeBank() {
      return new FakeBank();
    }
  }

  private final Map<String, Long> paid = new ConcurrentHashMap<>();
  private final AtomicInteger failuresToCome = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public String transfer(String idempotencyKey, BankAccount payee, long amountJpy) {
    calls.incrementAndGet();
    if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("bank unavailable");
    }
    paid.putIfAbsent(idempotencyKey, amountJpy);
    return "BANK-" + idempotencyKey;
  }

  /** The next n calls fail. */
  public void failNext(int n) {
    failuresToCome.set(n);
  }

  /** Whether the bank paid this key. */
  public boolean paid(String key) {
    return paid.containsKey(key);
  }

  public int calls() {
    return calls.get();
  }
}
