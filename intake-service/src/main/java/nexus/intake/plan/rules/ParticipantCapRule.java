package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PlanContent;

/** At most 15 people in the young talent course, in principle 2 in the mentor course. */
public final class ParticipantCapRule implements PlanRule {

  @Override
  public String name() {
    return "participant-cap";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    long counted =
        plan.participants().stream()
            .filter(p -> course.capIncludesChaperones() || p.role() == ParticipantRole.PARTICIPANT)
            .count();
    return counted > course.maxParticipants()
        ? List.of(RuleViolation.of(name(), "participants", counted, course.maxParticipants()))
        : List.of();
  }
}
