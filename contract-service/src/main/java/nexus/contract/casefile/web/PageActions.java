package nexus.contract.casefile.web;

import java.util.Locale;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page's form action: irreversible ones only when the confirmation box was ticked; a refusal
 * comes back as a message on the page, in the user's language.
 */
@Component
class PageActions {

  private final MessageSource messages;

  PageActions(MessageSource messages) {
    this.messages = messages;
  }

  String run(
      String back,
      boolean needsConfirm,
      Boolean confirm,
      RedirectAttributes redirect,
      Runnable action) {
    if (needsConfirm && !Boolean.TRUE.equals(confirm)) {
      redirect.addFlashAttribute("error", text("confirm.required", null));
      return "redirect:" + back;
    }
    try {
      action.run();
      redirect.addFlashAttribute("done", true);
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute("error", text(e.messageKey(), e.arguments()));
    }
    return "redirect:" + back;
  }

  private String text(String key, Object[] args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, key, locale);
  }
}
