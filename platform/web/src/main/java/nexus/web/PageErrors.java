package nexus.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages: the same statuses as the API, shown in the layout in the user's language. API
 * controllers are answered first by {@link ProblemDetailsAdvice}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound() {
    return page(HttpStatus.NOT_FOUND, "problem.notfound.title", "problem.notfound.detail");
  }

  @ExceptionHandler(RuleViolationException.class)
  ModelAndView ruleViolated(RuleViolationException e) {
    ModelAndView view = page(e.status(), "problem.rule.title", e.messageKey());
    view.addObject("arguments", e.arguments());
    return view;
  }

  private static ModelAndView page(HttpStatus status, String titleKey, String detailKey) {
    ModelAndView view = new ModelAndView("nexus/error");
    view.setStatus(status);
    view.addObject("status", status.value());
    view.addObject("titleKey", titleKey);
    view.addObject("detailKey", detailKey);
    return view;
  }
}
