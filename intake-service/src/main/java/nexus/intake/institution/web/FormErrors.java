package nexus.intake.institution.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Messages beside form fields: from bean validation, or from a refused rule. */
final class FormErrors {

  private FormErrors() {}

  /** Field name → first message, in the user's language; empty when valid. */
  static <T> Map<String, String> of(Validator validator, T form) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (ConstraintViolation<T> v : validator.validate(form)) {
      errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
    }
    return errors;
  }

  static String message(MessageSource messages, RuleViolationException e) {
    return messages.getMessage(
        e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
  }
}
