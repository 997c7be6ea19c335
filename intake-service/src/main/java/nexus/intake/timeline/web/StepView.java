package nexus.intake.timeline.web;

import java.time.Instant;
import java.util.List;

/**
 * A timeline step as the applicant reads it.
 *
 * @param type event wire type, e.g. {@code payment.disbursed}
 * @param label what happened, in the user's language
 * @param occurredAt when
 * @param occurredAtJapan the same in Japan time, {@code yyyy-MM-dd HH:mm}
 * @param facts what the step shows (amounts, outcome, report...)
 */
public record StepView(
    String type, String label, Instant occurredAt, String occurredAtJapan, List<Fact> facts) {

  /**
   * One fact of a step.
   *
   * @param name e.g. {@code amountJpy}
   * @param label its label in the user's language
   * @param value the stored value
   * @param text the value as shown (grouped digits, translated codes)
   */
  public record Fact(String name, String label, Object value, String text) {}
}
