package nexus.intake.plan;

import java.util.List;
import nexus.intake.plan.DraftRequests.Problem;

/** A draft that may not be submitted (yet): the reason and, for broken rules, which. */
public class SubmissionRefusedException extends RuntimeException {

  private final String reasonKey;
  private final transient Object[] arguments;
  private final transient List<Problem> violations;

  public SubmissionRefusedException(
      String reasonKey, List<Problem> violations, Object... arguments) {
    super(reasonKey);
    this.reasonKey = reasonKey;
    this.violations = List.copyOf(violations);
    this.arguments = arguments.clone();
  }

  public String reasonKey() {
    return reasonKey;
  }

  public List<Problem> violations() {
    return violations;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
