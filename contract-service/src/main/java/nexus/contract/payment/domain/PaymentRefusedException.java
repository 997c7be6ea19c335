package nexus.contract.payment.domain;

/** A payment step the rules refuse; the message is a message key. */
public class PaymentRefusedException extends RuntimeException {
  public PaymentRefusedException(String messageKey) {
    super(messageKey);
  }
}
