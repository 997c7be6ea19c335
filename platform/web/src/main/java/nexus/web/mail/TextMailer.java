package nexus.web.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a plain-text e-mail from {@code templates/mail/<name>_<ja|en>.txt} (subject from message
 * {@code mail.<name>.subject}) and sends it. A failure to send throws, so that the event consumer
 * that sends it retries and finally dead-letters the event; a recipient the server refuses for good
 * (5xx) throws the more specific {@link MailRejectedException}, which a consumer may handle instead
 * (alumni marks the address as bouncing). Each service that mails extends it with its own sender
 * address ({@code nexus.<service>.mail.from}).
 */
public class TextMailer {

  private final JavaMailSender sender;
  private final MessageSource messages;
  private final String from;
  private final TemplateEngine templates = textTemplates();

  protected TextMailer(JavaMailSender sender, MessageSource messages, String from) {
    this.sender = sender;
    this.messages = messages;
    this.from = from;
  }

  /**
   * @param to recipient address
   * @param language ja or en
   * @param template template name, e.g. {@code receipt}
   * @param subjectArgument the argument of the subject line ({@code mail.<template>.subject})
   * @param variables the template's variables
   */
  public void send(
      String to,
      String language,
      String template,
      String subjectArgument,
      Map<String, Object> variables) {
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
    String lang = locale.getLanguage();
    Context context = new Context(locale, variables);
    String body = templates.process(template + "_" + lang, context);
    String subject =
        messages.getMessage(
            "mail." + template + ".subject", new Object[] {subjectArgument}, locale);
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body, false);
      send(message);
    } catch (MessagingException e) {
      throw new MailSendException("could not build the e-mail " + template, e);
    }
  }

  /** A rendered mail: subject and body, for sending many with one rendering. */
  public record Rendered(String subject, String body) {}

  /** Renders a template once (the caller fills per-recipient parts into the text). */
  public Rendered render(
      String language, String template, String subjectArgument, Map<String, Object> variables) {
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
    String body =
        templates.process(template + "_" + locale.getLanguage(), new Context(locale, variables));
    String subject =
        messages.getMessage(
            "mail." + template + ".subject", new Object[] {subjectArgument}, locale);
    return new Rendered(subject, body);
  }

  /** Sends an already rendered mail. */
  public void send(String to, String subject, String body) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body, false);
      send(message);
    } catch (MessagingException e) {
      throw new MailSendException("could not build the e-mail", e);
    }
  }

  /** Sends; a recipient the server refuses for good is a {@link MailRejectedException}. */
  private void send(MimeMessage message) {
    try {
      sender.send(message);
    } catch (MailSendException e) {
      Optional<MailRejectedException> rejected = MailRejectedException.of(e);
      if (rejected.isPresent()) {
        throw rejected.get();
      }
      throw e;
    }
  }

  /** Text templates of their own engine: not a bean, so that pages never resolve them. */
  private static TemplateEngine textTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    TemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
