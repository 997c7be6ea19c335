package nexus.alumni.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A GreenMail SMTP server on a fixed free port, so that it can go down and come back there, and
 * that refuses the recipients a test names: for good (a 5xx reply to {@code RCPT TO}) or for the
 * next few attempts (4xx).
 */
public final class MailServer {

  private final ServerSetup setup;
  private final Map<String, String> refusedForGood = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> refusedFor = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private GreenMail mail;

  private MailServer(int port) {
    this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  }

  public static MailServer startOnFreePort() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MailServer server = new MailServer(port);
    server.start();
    return server;
  }

  public int port() {
    return setup.getPort();
  }

  public synchronized void start() {
    mail = new RefusingGreenMail(setup);
    mail.start();
  }

  /** Every later mail to this address is refused with {@code 550 5.1.1}, as for a gone mailbox. */
  public void refuseForGood(String address) {
    refusedForGood.put(key(address), "550 5.1.1 <" + address + ">: mailbox unavailable");
  }

  /** The next {@code times} mails to this address are refused with {@code 451 4.3.0}. */
  public void refuseTemporarily(String address, int times) {
    refusedFor.put(key(address), new AtomicInteger(times));
  }

  /** How often a mail to this address was attempted ({@code RCPT TO}), refused or not. */
  public int attempts(String address) {
    AtomicInteger n = attempts.get(key(address));
    return n == null ? 0 : n.get();
  }

  private String replyTo(String address) {
    String key = key(address);
    attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    String forGood = refusedForGood.get(key);
    if (forGood != null) {
      return forGood;
    }
    AtomicInteger left = refusedFor.get(key);
    if (left != null && left.getAndDecrement() > 0) {
      return "451 4.3.0 <" + address + ">: try again later";
    }
    return null;
  }

  private static String key(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * GreenMail whose SMTP answers {@code RCPT TO} as the test said (GreenMail itself accepts all).
   */
  private final class RefusingGreenMail extends GreenMail {

    RefusingGreenMail(ServerSetup setup) {
      super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
      return super.createServices(config, new RefusingManagers(managers));
    }
  }

  /** GreenMail's managers with an SMTP manager that may refuse a recipient. */
  private final class RefusingManagers extends Managers {

    private final Managers delegate;
    private final SmtpManager smtp;

    RefusingManagers(Managers delegate) {
      this.delegate = delegate;
      this.smtp =
          new SmtpManager(delegate.getImapHostManager(), delegate.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
              return replyTo(address.getEmail());
            }
          };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }

    @Override
    public UserManager getUserManager() {
      return delegate.getUserManager();
    }

    @Override
    public ImapHostManager getImapHostManager() {
      return delegate.getImapHostManager();
    }
  }

  /** SMTP down: connections are refused until {@link #start()}. */
  public synchronized void stop() {
    mail.stop();
  }

  /** The messages received (since the last start) for one address. */
  public synchronized List<MimeMessage> to(String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
