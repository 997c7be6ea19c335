package nexus.intake.plan.web;

import java.util.Locale;
import nexus.intake.plan.SubmissionRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused submission as a 422 problem detail listing every broken rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionProblems {

  private final MessageSource messages;

  SubmissionProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(SubmissionRefusedException.class)
  ResponseEntity<ProblemDetail> refused(SubmissionRefusedException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            messages.getMessage(e.reasonKey(), e.arguments(), e.reasonKey(), locale));
    problem.setTitle(messages.getMessage("submission.refused", null, "submission.refused", locale));
    problem.setProperty("reason", e.reasonKey());
    problem.setProperty("violations", e.violations());
    return ResponseEntity.unprocessableContent().body(problem);
  }
}
