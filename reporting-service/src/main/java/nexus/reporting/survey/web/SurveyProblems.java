package nexus.reporting.survey.web;

import java.util.List;
import java.util.Locale;
import nexus.reporting.survey.AnswersRefusedException;
import nexus.reporting.survey.SurveyClosedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Survey answers that do not fit (422, per question) and closed campaigns (410). */
@RestControllerAdvice(assignableTypes = PublicSurveyApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblems {

  private final MessageSource messages;

  SurveyProblems(MessageSource messages) {
    this.messages = messages;
  }

  record Problem(String question, String rule, String message) {}

  static List<Problem> describe(AnswersRefusedException e, MessageSource messages, Locale locale) {
    return e.problems().stream()
        .map(
            p ->
                new Problem(
                    p.questionId(),
                    p.code(),
                    messages.getMessage("survey.problem." + p.code(), null, p.code(), locale)))
        .toList();
  }

  @ExceptionHandler(AnswersRefusedException.class)
  ResponseEntity<ProblemDetail> refused(AnswersRefusedException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("survey.refused", null, locale));
    detail.setTitle(messages.getMessage("survey.refused", null, locale));
    detail.setProperty("problems", describe(e, messages, locale));
    return ResponseEntity.unprocessableContent().body(detail);
  }

  @ExceptionHandler(SurveyClosedException.class)
  ResponseEntity<ProblemDetail> closed(SurveyClosedException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.GONE, messages.getMessage("survey.closed", null, locale));
    detail.setTitle(messages.getMessage("survey.closed.title", null, locale));
    return ResponseEntity.status(HttpStatus.GONE).body(detail);
  }
}
