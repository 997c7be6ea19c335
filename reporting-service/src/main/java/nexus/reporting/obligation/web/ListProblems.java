package nexus.reporting.obligation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nexus.reporting.obligation.ListRefusedException;
import nexus.reporting.obligation.domain.ListProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused participant list as a 422 problem detail naming every problem and its person. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ListProblems {

  private final MessageSource messages;

  ListProblems(MessageSource messages) {
    this.messages = messages;
  }

  /** One problem as the caller reads it. */
  record Problem(String rule, String person, String message) {}

  @ExceptionHandler(ListRefusedException.class)
  ResponseEntity<ProblemDetail> refused(ListRefusedException e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Problem> problems = e.problems().stream().map(p -> problem(p, locale)).toList();
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            String.join(" ", problems.stream().map(Problem::message).toList()));
    detail.setTitle(messages.getMessage("list.refused", null, "list.refused", locale));
    detail.setProperty("problems", problems);
    return ResponseEntity.unprocessableContent().body(detail);
  }

  private Problem problem(ListProblem p, Locale locale) {
    return new Problem(p.code(), p.person(), message(p, locale));
  }

  /** A problem in the reader's language, naming its person (shared with the list's page). */
  String message(ListProblem p, Locale locale) {
    List<Object> args = new ArrayList<>();
    args.add(p.person() == null ? "" : p.person());
    args.addAll(p.arguments());
    String key = "list.problem." + p.code();
    return messages.getMessage(key, args.toArray(), key, locale);
  }
}
