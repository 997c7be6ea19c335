package nexus.intake.statistics.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names statistics show, in the user's language: countries by their ISO code, courses, and
 * institution types by their {@code InstitutionType} label (the constant itself for a type it does
 * not know message yet). Used by the page as bean {@code statisticsLabels} and by the exports.
 */
@Component("statisticsLabels")
public class StatisticsLabels {

  private final MessageSource messages;

  StatisticsLabels(MessageSource messages) {
    this.messages = messages;
  }

  public String country(String code) {
    if (code == null) {
      return none();
    }
    String name = Locale.of("", code).getDisplayCountry(locale());
    return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
  }

  public String course(String code) {
    return code == null ? none() : message("plan.course." + code, code);
  }

  public String field(String field) {
    return field == null ? none() : field;
  }

  public String institutionType(String type) {
    if (type == null) {
      return message("statistics.unregistered", "unregistered");
    }
    return java.util.Arrays.stream(nexus.intake.institution.domain.InstitutionType.values())
        .filter(t -> t.name().equals(type))
        .findFirst()
        .map(t -> t.label(locale().getLanguage()))
        .orElse(type);
  }

  public String none() {
    return message("statistics.none", "none");
  }

  private String message(String key, String fallback) {
    return messages.getMessage(key, null, fallback, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
