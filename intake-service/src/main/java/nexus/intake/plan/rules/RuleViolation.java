package nexus.intake.plan.rules;

import java.util.List;

/**
 * One broken rule.
 *
 * @param rule the rule's name, e.g. {@code stay-limit}
 * @param field where in the plan, e.g. {@code participants[2].visits}
 * @param arguments the message's arguments: what was found and the limit
 */
public record RuleViolation(String rule, String field, List<Object> arguments) {

  public RuleViolation {
    arguments = List.copyOf(arguments);
  }

  static RuleViolation of(String rule, String field, Object... arguments) {
    return new RuleViolation(rule, field, List.of(arguments));
  }

  /** The message key, in {@code intake-messages}: {@code rule.<name>}. */
  public String messageKey() {
    return "rule." + rule;
  }
}
