package nexus.intake.plan;

import nexus.intake.call.domain.Call;
import nexus.intake.plan.domain.Course;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;

/** What must hold before any plan is started: a host institution, and a course the call has. */
final class PlanPreconditions {

  private PlanPreconditions() {}

  static void requireInstitution(CurrentUser user) {
    if (user.institutionId() == null) {
      throw new RuleViolationException(HttpStatus.FORBIDDEN, "plan.institution.required");
    }
  }

  static void requireCourse(Call call, Course course) {
    if (call.course(course.name()).isEmpty()) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "rule.course", course);
    }
  }
}
