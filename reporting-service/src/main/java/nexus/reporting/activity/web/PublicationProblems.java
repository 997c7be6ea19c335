package nexus.reporting.activity.web;

import java.util.List;
import java.util.Locale;
import nexus.reporting.activity.PublicationRefusedException;
import nexus.reporting.activity.domain.PublicationCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused publication as a 422 problem detail naming every person without consent. */
@RestControllerAdvice(assignableTypes = ActivityReportApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicationProblems {

  private final MessageSource messages;

  PublicationProblems(MessageSource messages) {
    this.messages = messages;
  }

  /** One problem as the caller reads it. */
  record Problem(String rule, String person, String photoId, String message) {}

  static List<Problem> describe(
      List<PublicationCheck.Problem> problems, MessageSource messages, Locale locale) {
    return problems.stream()
        .map(
            p ->
                new Problem(
                    p.code(),
                    p.person(),
                    p.photoId(),
                    messages.getMessage(
                        "publication." + p.code(), new Object[] {p.person()}, p.code(), locale)))
        .toList();
  }

  @ExceptionHandler(PublicationRefusedException.class)
  ResponseEntity<ProblemDetail> refused(PublicationRefusedException e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Problem> problems = describe(e.problems(), messages, locale);
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            String.join(" ", problems.stream().map(Problem::message).toList()));
    detail.setTitle(messages.getMessage("publication.refused", null, locale));
    detail.setProperty("problems", problems);
    return ResponseEntity.unprocessableContent().body(detail);
  }
}
