package nexus.messaging;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for this service's dead letters: list them, look at one, replay one. */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/ops/dead-letters")
class DeadLetterController {

  private static final int MAX_PAGE_SIZE = 200;
  private final DeadLetters deadLetters;
  private final MessageSource messages;

  DeadLetterController(DeadLetters deadLetters, MessageSource messages) {
    this.deadLetters = deadLetters;
    this.messages = messages;
  }

  /** A page of dead letters, newest first. */
  record DeadLetterPage(List<DeadLetter> items, int page, int size, long total) {}

  @GetMapping
  DeadLetterPage list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw problem(HttpStatus.BAD_REQUEST, "problem.paging.detail", MAX_PAGE_SIZE);
    }
    return new DeadLetterPage(
        deadLetters.list(status, page, size), page, size, deadLetters.count(status));
  }

  @GetMapping("/{id}")
  DeadLetter one(@PathVariable String id) {
    return deadLetters.find(id).orElseThrow(() -> notFound(id));
  }

  @PostMapping("/{id}/replay")
  DeadLetter replay(@PathVariable String id) {
    try {
      return deadLetters.replay(id);
    } catch (NoSuchElementException e) {
      throw notFound(id);
    }
  }

  private ErrorResponseException notFound(String id) {
    return problem(HttpStatus.NOT_FOUND, "ops.deadLetters.missing", id);
  }

  /** A problem detail in the caller's language. */
  private ErrorResponseException problem(HttpStatus status, String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
    return new ErrorResponseException(status, detail, null);
  }
}
