package nexus.web.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.mail.MailSendException;

/**
 * The mail server refused the recipient for good: it answered {@code RCPT TO} with a permanent 5xx
 * reply (e.g. {@code 550 5.1.1 mailbox unavailable}), so sending the same mail again cannot help. A
 * {@link MailSendException}, so callers that do not look for it retry and dead-letter as before;
 * temporary (4xx) refusals, connection failures and rejections of the message itself stay plain
 * {@link MailSendException}s.
 */
public class MailRejectedException extends MailSendException {

  private final List<String> addresses;
  private final String reply;

  MailRejectedException(List<String> addresses, String reply, MailSendException cause) {
    super("recipient refused permanently: " + reply, cause);
    this.addresses = List.copyOf(addresses);
    this.reply = reply;
  }

  /** The addresses the server refused (as written in the mail). */
  public List<String> addresses() {
    return addresses;
  }

  /** The server's reply, e.g. {@code 550 5.1.1 <x@example.org>: mailbox unavailable}. */
  public String reply() {
    return reply;
  }

  /** The permanent refusal inside a failed send, if that is what it was. */
  static Optional<MailRejectedException> of(MailSendException failure) {
    Set<String> refused = new LinkedHashSet<>();
    List<String> replies = new ArrayList<>();
    List<Throwable> causes = new ArrayList<>(failure.getFailedMessages().values());
    causes.add(failure.getCause());
    for (Throwable cause : causes) {
      Throwable t = cause;
      for (int depth = 0; t != null && depth < 10; depth++, t = next(t)) {
        // the mail API files recipients refused with a 5xx reply as "invalid" (4xx: "valid unsent")
        if (t instanceof SendFailedException sent && sent.getInvalidAddresses() != null) {
          Arrays.stream(sent.getInvalidAddresses()).map(Address::toString).forEach(refused::add);
        }
        if (t instanceof MessagingException && permanent(t.getMessage())) {
          replies.add(t.getMessage().strip());
        }
      }
    }
    if (refused.isEmpty()) {
      return Optional.empty();
    }
    String reply = replies.isEmpty() ? "5xx" : replies.get(0);
    return Optional.of(new MailRejectedException(List.copyOf(refused), reply, failure));
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause();
  }

  private static boolean permanent(String message) {
    return message != null && message.strip().matches("5\\d\\d[ -].*");
  }
}
