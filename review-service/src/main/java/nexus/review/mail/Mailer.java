package nexus.review.mail;

import nexus.web.mail.TextMailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Review's e-mails, rendered and sent by {@link TextMailer} from its own sender address. */
@Component
public class Mailer extends TextMailer {

  Mailer(
      JavaMailSender sender,
      MessageSource messages,
      @Value("${nexus.review.mail.from}") String from) {
    super(sender, messages, from);
  }
}
