package nexus.intake.timeline.web;

import java.util.List;
import nexus.web.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's timeline for its institution's applicants; anybody else's plan is not found. */
@RestController
@PreAuthorize("hasRole('applicant')")
class TimelineApi {

  private final PlanTimelines timelines;

  TimelineApi(PlanTimelines timelines) {
    this.timelines = timelines;
  }

  @GetMapping("/api/plans/{id}/timeline")
  List<StepView> timeline(Authentication auth, @PathVariable String id) {
    return timelines.of(CurrentUser.of(auth), id);
  }
}
