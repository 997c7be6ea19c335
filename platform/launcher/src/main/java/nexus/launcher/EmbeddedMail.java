package nexus.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The embedded suite's mail server (GreenMail, in this JVM): SMTP for the services, IMAP to read
 * what they sent. Every recipient gets a mailbox on first delivery; log in to IMAP with the address
 * as user name and password.
 */
public final class EmbeddedMail implements AutoCloseable {

  private final GreenMail mail;
  private final int smtpPort;
  private final int imapPort;

  private EmbeddedMail(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    this.mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
  }

  /** Starts SMTP and IMAP on the given ports (0: any free port). */
  public static EmbeddedMail start(int smtpPort, int imapPort) {
    EmbeddedMail server = new EmbeddedMail(smtpPort, imapPort);
    server.mail.start();
    return server;
  }

  public int smtpPort() {
    return mail.getSmtp().getPort();
  }

  public int imapPort() {
    return mail.getImap().getPort();
  }

  /** What has arrived so far (for tests). */
  public GreenMail server() {
    return mail;
  }

  /** Where mail can be read, for the start-up banner. */
  public String describe() {
    return "mail: SMTP 127.0.0.1:"
        + smtpPort()
        + ", read it over IMAP at 127.0.0.1:"
        + imapPort()
        + " (user and password: the recipient address)";
  }

  @Override
  public void close() {
    mail.stop();
  }
}
