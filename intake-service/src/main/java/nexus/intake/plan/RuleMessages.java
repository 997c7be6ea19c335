package nexus.intake.plan;

import java.util.List;
import java.util.Locale;
import nexus.intake.plan.DraftRequests.Problem;
import nexus.intake.plan.rules.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Rule violations as the user reads them: rule, field, limits and a message in their language. */
@Component
public class RuleMessages {

  private final MessageSource messages;

  RuleMessages(MessageSource messages) {
    this.messages = messages;
  }

  public List<Problem> problems(List<RuleViolation> violations) {
    Locale locale = LocaleContextHolder.getLocale();
    return violations.stream()
        .map(
            v ->
                new Problem(
                    v.rule(),
                    v.field(),
                    v.arguments(),
                    messages.getMessage(
                        v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
        .toList();
  }
}
