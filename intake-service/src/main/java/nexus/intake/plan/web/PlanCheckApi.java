package nexus.intake.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.plan.DraftRequests.Problem;
import nexus.intake.plan.RuleMessages;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.rules.PlanRuleBook;
import nexus.web.NotFoundException;
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
  private final RuleMessages ruleMessages;

  PlanCheckApi(CallCatalog calls, RuleMessages ruleMessages) {
    this.calls = calls;
    this.ruleMessages = ruleMessages;
  }

  /** The outcome: ok when nothing is broken. */
  record CheckResult(boolean ok, List<Problem> violations) {}

  @PostMapping("/api/calls/{callId}/check")
  CheckResult check(@PathVariable String callId, @Valid @RequestBody PlanContent plan) {
    Call call = calls.find(callId).orElseThrow(() -> new NotFoundException("call " + callId));
    List<Problem> problems = ruleMessages.problems(rules.check(plan, call));
    return new CheckResult(problems.isEmpty(), problems);
  }
}
