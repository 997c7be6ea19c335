package nexus.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Against a scripted SMTP server: a recipient refused with a 5xx reply is a {@link
 * MailRejectedException} naming the address and the reply; a 4xx refusal stays a plain {@link
 * MailSendException} (the consumer retries it), and an accepted mail throws nothing.
 */
class TextMailerTest {

  private ScriptedSmtp smtp;

  @AfterEach
  void stop() throws IOException {
    smtp.close();
  }

  @Test
  void aRecipientRefusedWithA5xxReplyIsAPermanentRejection() {
    smtp = new ScriptedSmtp("550 5.1.1 <gone@example.org>: mailbox unavailable");

    assertThatThrownBy(() -> mailer().send("gone@example.org", "Hello", "Body"))
        .isInstanceOfSatisfying(
            MailRejectedException.class,
            e -> {
              assertThat(e.addresses()).containsExactly("gone@example.org");
              assertThat(e.reply()).startsWith("550 5.1.1");
            });
  }

  @Test
  void aRecipientRefusedWithA4xxReplyIsATemporaryFailure() {
    smtp = new ScriptedSmtp("451 4.3.0 try again later");

    assertThatThrownBy(() -> mailer().send("busy@example.org", "Hello", "Body"))
        .isInstanceOf(MailSendException.class)
        .isNotInstanceOf(MailRejectedException.class);
  }

  @Test
  void anAcceptedRecipientGetsTheMail() {
    smtp = new ScriptedSmtp("250 2.1.5 OK");

    mailer().send("here@example.org", "Hello", "Body");

    assertThat(smtp.commands()).anyMatch(c -> c.startsWith("RCPT TO:<here@example.org>"));
    assertThat(smtp.commands()).contains(".");
  }

  private TextMailer mailer() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.port());
    Properties props = new Properties();
    props.put("mail.smtp.timeout", "5000");
    props.put("mail.smtp.connectiontimeout", "5000");
    sender.setJavaMailProperties(props);
    return new TextMailer(sender, new StaticMessageSource(), "NEXUS <no-reply@example.org>");
  }

  /** Answers every connection with fixed replies; RCPT TO gets the reply under test. */
  private static final class ScriptedSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final String rcptReply;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    ScriptedSmtp(String rcptReply) {
      this.rcptReply = rcptReply;
      try {
        server = new ServerSocket(0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread.ofVirtual().start(this::serve);
    }

    int port() {
      return server.getLocalPort();
    }

    List<String> commands() {
      return List.copyOf(commands);
    }

    private void serve() {
      while (!server.isClosed()) {
        try (Socket socket = server.accept()) {
          converse(socket);
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void converse(Socket socket) throws IOException {
      var in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
      reply(out, "220 scripted ESMTP");
      boolean data = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (data) {
          if (line.equals(".")) {
            commands.add(line);
            data = false;
            reply(out, "250 2.0.0 queued");
          }
          continue;
        }
        commands.add(line);
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
        switch (verb) {
          case "RCPT" -> reply(out, rcptReply);
          case "DATA" -> {
            data = true;
            reply(out, "354 go ahead");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK");
        }
      }
    }

    private static void reply(PrintWriter out, String line) {
      out.print(line + "\r\n");
      out.flush();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
