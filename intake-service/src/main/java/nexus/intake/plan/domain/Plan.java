package nexus.intake.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nexus.events.PlanSubmitted;

/**
 * An exchange plan of one host institution. The aggregate returns the events its changes cause; the
 * application layer stores them in the outbox together with the new state.
 */
public final class Plan {

  private final String id;
  private final String callId;
  private final String institutionId;
  private final String institutionName;
  private final Course course;
  private final String title;
  private final List<String> counterpartCountries;
  private final long requestedAmountJpy;
  private PlanStatus status;
  private Instant submittedAt;

  /** Rebuilds a plan from storage, or starts a new draft. */
  public Plan(
      String id,
      String callId,
      String institutionId,
      String institutionName,
      Course course,
      String title,
      List<String> counterpartCountries,
      long requestedAmountJpy,
      PlanStatus status,
      Instant submittedAt) {
    this.id = Objects.requireNonNull(id);
    this.callId = Objects.requireNonNull(callId);
    this.institutionId = Objects.requireNonNull(institutionId);
    this.institutionName = institutionName;
    this.course = Objects.requireNonNull(course);
    this.title = title;
    this.counterpartCountries = List.copyOf(counterpartCountries);
    this.requestedAmountJpy = requestedAmountJpy;
    this.status = Objects.requireNonNull(status);
    this.submittedAt = submittedAt;
  }

  /**
   * Submits the plan to its call.
   *
   * @return the fact to publish
   * @throws IllegalStateException when the plan was already submitted
   */
  public PlanSubmitted submit(Instant now) {
    if (status != PlanStatus.DRAFT) {
      throw new IllegalStateException("plan " + id + " is already " + status);
    }
    status = PlanStatus.SUBMITTED;
    submittedAt = now;
    return new PlanSubmitted(
        id,
        callId,
        institutionId,
        institutionName,
        course.name(),
        title,
        counterpartCountries,
        requestedAmountJpy,
        now);
  }

  public String id() {
    return id;
  }

  public String callId() {
    return callId;
  }

  public String institutionId() {
    return institutionId;
  }

  public String institutionName() {
    return institutionName;
  }

  public Course course() {
    return course;
  }

  public String title() {
    return title;
  }

  public List<String> counterpartCountries() {
    return counterpartCountries;
  }

  public long requestedAmountJpy() {
    return requestedAmountJpy;
  }

  public PlanStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
