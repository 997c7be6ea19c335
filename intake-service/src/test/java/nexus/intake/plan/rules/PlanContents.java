package nexus.intake.plan.rules;

import java.time.LocalDate;
import nexus.intake.plan.domain.PlanContent;

/** The plan-content fixtures, for tests in other packages of intake. */
public final class PlanContents {

  private PlanContents() {}

  public static PlanContent youngTalentPlan() {
    return PlanContentFixtures.youngTalentPlan();
  }

  public static PlanContent mentorPlan() {
    return PlanContentFixtures.mentorPlan();
  }

  public static PlanContent withPeriod(PlanContent plan, LocalDate start, LocalDate end) {
    return PlanContentFixtures.withPeriod(plan, start, end);
  }
}
