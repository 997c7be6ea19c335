package nexus.intake.plan.web;

import java.util.List;
import java.util.Locale;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.rules.PlanRuleBook;
import nexus.intake.plan.rules.RuleViolation;
import nexus.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live rule check: the plan as drafted so far against every rule of the call, each violation
 * with its rule, field and limit in the caller's language. Stores nothing.
 */
@RestController
@PreAuthorize("hasAnyRole('applicant','staff-intake','admin')")
class PlanCheckApi {

  private final CallCatalog calls;
  private final PlanRuleBook rules = PlanRuleBook.standard();
  private final MessageSource messages;

  PlanCheckApi(CallCatalog calls, MessageSource messages) {
    this.calls = calls;
    this.messages = messages;
  }

  /** One violation as the client shows it beside the field. */
  record Problem(String rule, String field, List<Object> limits, String message) {}

  /** The outcome: ok when nothing is broken. */
  record CheckResult(boolean ok, List<Problem> violations) {}

  @PostMapping("/api/calls/{callId}/check")
  CheckResult check(@PathVariable String callId, @RequestBody PlanContent plan) {
    Call call = calls.find(callId).orElseThrow(() -> new NotFoundException("call " + callId));
    Locale locale = LocaleContextHolder.getLocale();
    List<Problem> problems = rules.check(plan, call).stream().map(v -> problem(v, locale)).toList();
    return new CheckResult(problems.isEmpty(), problems);
  }

  private Problem problem(RuleViolation v, Locale locale) {
    String message =
        messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale);
    return new Problem(v.rule(), v.field(), v.arguments(), message);
  }
}
