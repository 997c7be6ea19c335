package nexus.intake.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The drafting wizard's steps, in order, each with the plan fields it edits (a rule violation is
 * shown on the step that holds its field).
 */
public enum WizardStep {
  BASICS("basics", List.of("course", "title", "field", "exchangeStart", "exchangeEnd")),
  INSTITUTIONS("institutions", List.of("counterparts", "partners")),
  PARTICIPANTS("participants", List.of("participants", "onlineSessions")),
  BUDGET("budget", List.of("budgetItems", "indirectJpy", "overrunReason")),
  OUTLOOK("outlook", List.of("expectedOutcomes", "followUpPlan", "twinPlan")),
  DOCUMENTS("documents", List.of("documents")),
  REVIEW("review", List.of());

  private final String path;
  private final List<String> fields;

  WizardStep(String path, List<String> fields) {
    this.path = path;
    this.fields = fields;
  }

  static Optional<WizardStep> of(String path) {
    return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
  }

  /** The step showing a violation of this field, e.g. {@code participants[2].visits}. */
  static WizardStep holding(String field) {
    String root = field == null ? "" : field.split("[\\[.]", 2)[0];
    return Arrays.stream(values()).filter(s -> s.fields.contains(root)).findFirst().orElse(REVIEW);
  }

  boolean holds(String field) {
    return holding(field) == this;
  }

  public String path() {
    return path;
  }

  public List<String> fields() {
    return fields;
  }

  public int number() {
    return ordinal() + 1;
  }

  /** The step's fields as the page's script knows them. */
  public String fieldList() {
    return String.join(",", fields);
  }

  Optional<WizardStep> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  Optional<WizardStep> previous() {
    return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
  }
}
