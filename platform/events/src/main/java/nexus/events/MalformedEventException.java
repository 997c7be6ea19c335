package nexus.events;

/** An incoming record that cannot be read as an event: it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
