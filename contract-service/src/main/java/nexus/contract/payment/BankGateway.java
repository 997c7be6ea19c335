package nexus.contract.payment;

import nexus.contract.payment.domain.BankAccount;

/**
 * The bank that executes an advance. The idempotency key is the payment id: asked twice for the
 * same key, the bank transfers once and answers with the same reference.
 */
public interface BankGateway {

  /** Orders the transfer; returns the bank's reference, or throws when the bank did not confirm. */
  String transfer(String idempotencyKey, BankAccount payee, long amountJpy);
}
