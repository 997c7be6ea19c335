package nexus.web;

import org.springframework.http.HttpStatus;

/** A request that breaks a rule of the program; rendered as a problem detail with the rule key. */
public class RuleViolationException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;
  private final HttpStatus status;

  public RuleViolationException(HttpStatus status, String messageKey, Object... arguments) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  public HttpStatus status() {
    return status;
  }
}
