package nexus.review.assignment.web;

import nexus.review.assignment.Assignments;
import nexus.web.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Review staff solve a call's assignment, pin, unpin and swap reviewers. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class AssignmentApi {

  private final Assignments assignments;

  AssignmentApi(Assignments assignments) {
    this.assignments = assignments;
  }

  @PostMapping("/api/calls/{callId}/assignment")
  @Audited("assignment.solve")
  Assignments.Summary solve(@PathVariable String callId) {
    return assignments.solve(callId);
  }

  @PostMapping("/api/cases/{planId}/reviewers/{subject}/pin")
  @Audited("assignment.pin")
  void pin(@PathVariable String planId, @PathVariable String subject) {
    assignments.pin(planId, subject);
  }

  @DeleteMapping("/api/cases/{planId}/reviewers/{subject}/pin")
  @Audited("assignment.unpin")
  void unpin(@PathVariable String planId, @PathVariable String subject) {
    assignments.unpin(planId, subject);
  }

  record Swap(String from, String to) {}

  @PostMapping("/api/cases/{planId}/reviewers/swap")
  @Audited("assignment.swap")
  void swap(@PathVariable String planId, @RequestBody Swap swap) {
    assignments.swap(planId, swap.from(), swap.to());
  }
}
