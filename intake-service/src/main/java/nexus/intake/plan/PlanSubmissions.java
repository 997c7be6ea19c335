package nexus.intake.plan;

import nexus.intake.plan.domain.PlanStatus;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Reading plans: an institution's own, and counts for staff. Plans are drafted and submitted
 * through {@link PlanDrafts}, the one path that checks every rule and document.
 */
@Service
public class PlanSubmissions {

  private final PlanRepository plans;

  PlanSubmissions(PlanRepository plans) {
    this.plans = plans;
  }

  /** The user's institution's plans. */
  public Page<PlanView> mine(CurrentUser user, Pageable pageable) {
    if (user.institutionId() == null) {
      return Page.empty(pageable);
    }
    return plans
        .findByInstitutionId(user.institutionId(), pageable)
        .map(d -> PlanView.of(d.toPlan()));
  }

  /** One plan of the user's institution; another institution's plan is "not found". */
  public PlanView one(CurrentUser user, String id) {
    return plans
        .findByIdAndInstitutionId(id, String.valueOf(user.institutionId()))
        .map(d -> PlanView.of(d.toPlan()))
        .orElseThrow(() -> new NotFoundException("plan " + id));
  }

  /** Counts per status for the staff dashboard. */
  public long count(PlanStatus status) {
    return plans.countByStatus(status.name());
  }
}
