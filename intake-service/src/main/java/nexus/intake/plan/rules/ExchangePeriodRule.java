package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.Visit;

/**
 * The exchange lasts at most a year, starts and ends inside the call's bounds, and every visit lies
 * inside it.
 */
public final class ExchangePeriodRule implements PlanRule {

  @Override
  public String name() {
    return "exchange-period";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    if (plan.exchangeStart() == null || plan.exchangeEnd() == null) {
      return List.of(RuleViolation.of(name() + ".missing", "exchangeStart"));
    }
    List<RuleViolation> violations = new ArrayList<>();
    if (plan.exchangeEnd().isBefore(plan.exchangeStart())) {
      violations.add(RuleViolation.of(name() + ".order", "exchangeEnd"));
    }
    if (!plan.exchangeEnd().isBefore(plan.exchangeStart().plusMonths(call.maxExchangeMonths()))) {
      violations.add(RuleViolation.of(name() + ".length", "exchangeEnd", call.maxExchangeMonths()));
    }
    if (plan.exchangeStart().isBefore(call.exchangeStartFrom())
        || plan.exchangeStart().isAfter(call.exchangeStartUntil())) {
      violations.add(
          RuleViolation.of(
              name() + ".start",
              "exchangeStart",
              call.exchangeStartFrom(),
              call.exchangeStartUntil()));
    }
    if (plan.exchangeEnd().isAfter(call.exchangeEndBy())) {
      violations.add(RuleViolation.of(name() + ".end", "exchangeEnd", call.exchangeEndBy()));
    }
    for (int i = 0; i < plan.participants().size(); i++) {
      Participant p = plan.participants().get(i);
      for (Visit visit : p.visits()) {
        if (visit.start() == null
            || visit.end() == null
            || visit.end().isBefore(visit.start())
            || visit.start().isBefore(plan.exchangeStart())
            || visit.end().isAfter(plan.exchangeEnd())) {
          violations.add(
              RuleViolation.of(name() + ".visit", "participants[" + i + "].visits", p.name()));
          break;
        }
      }
    }
    return violations;
  }
}
