package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * The reviewers of a plan changed (assignment, pin, swap, re-solve, a declared conflict, a
 * withdrawal or a resubmission). It carries the full current set, so the latest event wins; an
 * empty set means nobody reviews the plan any more.
 *
 * @param planId plan id
 * @param reviewerSubjects subjects (token {@code sub}) of the plan's current reviewers
 * @param at instant the set changed: readers apply an event only if newer than what they hold
 */
@EventType(name = "review.reviewers-assigned", version = 1)
public record ReviewersAssigned(String planId, List<String> reviewerSubjects, Instant at)
    implements PlanEvent {

  /** Defensive copies keep the event immutable. */
  public ReviewersAssigned {
    reviewerSubjects = reviewerSubjects == null ? List.of() : List.copyOf(reviewerSubjects);
  }
}
