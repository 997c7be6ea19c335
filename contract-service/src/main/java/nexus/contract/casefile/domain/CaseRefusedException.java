package nexus.contract.casefile.domain;

/** A step the contract rules refuse; the message is a message key, the arguments fill it. */
public class CaseRefusedException extends RuntimeException {

  private final transient Object[] arguments;

  public CaseRefusedException(String messageKey, Object... arguments) {
    super(messageKey);
    this.arguments = arguments.clone();
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
