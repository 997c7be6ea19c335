package nexus.intake.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.PlanStatus;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

  private static Plan plan(String id, Course course, PlanContent content) {
    return new Plan(
            id,
            "ytec-2025",
            "INST-1",
            "Demo",
            course,
            "Plan " + id,
            List.of(),
            0,
            PlanStatus.SUBMITTED,
            null)
        .withContent(null, content);
  }

  @Test
  void secondPlanOfTheSamePiInTheSameCourseIsRefusedButTheOtherCourseIsAllowed() {
    Plan young = plan("P-1", Course.YOUNG_TALENT, PlanContentFixtures.youngTalentPlan());
    Plan anotherYoung = plan("P-2", Course.YOUNG_TALENT, PlanContentFixtures.youngTalentPlan());
    Plan mentor = plan("P-3", Course.MENTOR, PlanContentFixtures.mentorPlan());
    OnePlanPerCourseRule rule = new OnePlanPerCourseRule();

    assertThat(rule.check(anotherYoung, List.of(young)))
        .extracting(RuleViolation::rule)
        .containsExactly("one-plan-per-course");
    assertThat(rule.check(mentor, List.of(young))).isEmpty();
  }

  @Test
  void nobodyTakesPartInBothCoursesEvenWrittenInFullWidthOrOtherCase() {
    PlanContent young = PlanContentFixtures.youngTalentPlan(); // has "Somchai P."
    PlanContent mentorWithSomchai =
        PlanContentFixtures.withParticipants(
            PlanContentFixtures.mentorPlan(), List.of(PlanContentFixtures.faculty("ＳＯＭＣＨＡＩ　Ｐ.")));
    NoParticipantInBothCoursesRule rule = new NoParticipantInBothCoursesRule();

    List<RuleViolation> v =
        rule.check(
            plan("P-2", Course.MENTOR, mentorWithSomchai),
            List.of(plan("P-1", Course.YOUNG_TALENT, young)));
    assertThat(v).extracting(RuleViolation::field).containsExactly("participants[0].name");
    assertThat(
            rule.check(
                plan("P-2", Course.MENTOR, PlanContentFixtures.mentorPlan()),
                List.of(plan("P-1", Course.YOUNG_TALENT, young))))
        .isEmpty();
  }
}
