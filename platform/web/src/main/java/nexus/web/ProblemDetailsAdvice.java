package nexus.web;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * API errors as RFC 9457 problem details. Validation failures list every field with a message in
 * the caller's language; rule violations carry the rule's key so clients can react to it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private final MessageSource messages;

  ProblemDetailsAdvice(MessageSource messages) {
    this.messages = messages;
  }

  /** One invalid field. */
  record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale)))
            .toList();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, text("problem.invalid.detail", locale));
    problem.setTitle(text("problem.invalid.title", locale));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    if (causedBy(ex, RequestSizeLimit.BodyTooLargeException.class)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONTENT_TOO_LARGE, text("problem.too-large.short", locale));
      problem.setTitle(text("problem.too-large.title", locale));
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, text("problem.unreadable.detail", locale));
    problem.setTitle(text("problem.invalid.title", locale));
    String path = jsonPath(ex);
    if (path != null) {
      // e.g. "participants[0].birthDate": the field whose value has the wrong type
      problem.setProperty(
          "errors", List.of(new FieldProblem(path, text("problem.unreadable.field", locale))));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(RuleViolationException.class)
  ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            e.status(), messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    problem.setTitle(text("problem.rule.title", locale));
    problem.setProperty("rule", e.messageKey());
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, text("problem.notfound.detail", locale));
    problem.setTitle(text("problem.notfound.title", locale));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  /** Anything unforeseen: logged with its stack, answered without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e; // the security filters answer these (401/403)
    }
    log.error("unexpected error", e);
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal.detail", locale));
    problem.setTitle(text("problem.internal.title", locale));
    return ResponseEntity.internalServerError().body(problem);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Where in the JSON the body went wrong, as a property path, when Jackson knows it. */
  private static String jsonPath(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DatabindException d && !d.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : d.getPath()) {
          if (ref.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
          } else if (ref.getIndex() >= 0) {
            path.append('[').append(ref.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
