package nexus.review.web;

import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turns a broken rule into the message shown beside the form that broke it. */
@Component
public class PageMessages {

  private final MessageSource messages;

  PageMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** The rule's message in the user's language. */
  public String text(RuleViolationException e) {
    return messages.getMessage(
        e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
  }

  /** Runs a form action; a broken rule becomes a flash error for {@code form}. */
  public void run(RedirectAttributes redirect, String form, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("done", form);
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute("error", form);
      redirect.addFlashAttribute("errorText", text(e));
    }
  }
}
