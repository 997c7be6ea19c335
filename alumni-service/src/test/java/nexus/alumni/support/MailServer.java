package nexus.alumni.support;

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

/** A GreenMail SMTP server on a fixed free port, so that it can go down and come back there. */
public final class MailServer {

  private final ServerSetup setup;
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
    mail = new GreenMail(setup);
    mail.start();
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
