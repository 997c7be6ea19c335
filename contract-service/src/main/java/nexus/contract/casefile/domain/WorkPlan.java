package nexus.contract.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The work plan (業務計画書): pre-filled from the awarded plan, edited by the host within the approved
 * amount, approved or returned by staff. Every submitted version is kept.
 */
public class WorkPlan {

  /** Where the work plan stands. */
  public enum Status {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
  }

  private Status status;
  private Budget budget;
  private LocalDate start;
  private LocalDate end;
  private List<String> participants = new ArrayList<>();
  private List<WorkPlanVersion> versions = new ArrayList<>();

  WorkPlan() {}

  static WorkPlan prefilled(Budget budget, LocalDate start, LocalDate end, List<String> people) {
    WorkPlan w = new WorkPlan();
    w.status = Status.DRAFT;
    w.budget = budget;
    w.start = start;
    w.end = end;
    w.participants = new ArrayList<>(people);
    return w;
  }

  WorkPlanVersion submit(
      Budget budget, LocalDate start, LocalDate end, List<String> people, Actor host, Instant at) {
    if (status == Status.SUBMITTED || status == Status.APPROVED) {
      throw new CaseRefusedException("work-plan.not-editable");
    }
    if (start == null || end == null || end.isBefore(start)) {
      throw new CaseRefusedException("work-plan.period");
    }
    this.budget = budget;
    this.start = start;
    this.end = end;
    this.participants = new ArrayList<>(people);
    this.status = Status.SUBMITTED;
    WorkPlanVersion v =
        new WorkPlanVersion(
            versions.size() + 1,
            budget,
            start,
            end,
            people,
            host.name(),
            at,
            null,
            null,
            null,
            null);
    versions.add(v);
    return v;
  }

  WorkPlanVersion decide(boolean approve, Actor staff, Instant at, String comment) {
    if (status != Status.SUBMITTED) {
      throw new CaseRefusedException("work-plan.not-submitted");
    }
    if (!approve && (comment == null || comment.isBlank())) {
      throw new CaseRefusedException("work-plan.comment-required");
    }
    status = approve ? Status.APPROVED : Status.RETURNED;
    WorkPlanVersion decided = versions.getLast().decided(status.name(), staff, at, comment);
    versions.set(versions.size() - 1, decided);
    return decided;
  }

  /** An approved amendment becomes the plan's new content and a new version. */
  void amend(WorkPlanVersion amendment) {
    budget = amendment.budget();
    start = amendment.start();
    end = amendment.end();
    participants = new ArrayList<>(amendment.participants());
    versions.add(amendment);
  }

  /**
   * Passes every participant entry (the current plan and every version) through {@code change};
   * erasure is the one change a kept version takes.
   */
  void changeParticipants(java.util.function.UnaryOperator<String> change) {
    participants = new ArrayList<>(participants.stream().map(change).toList());
    versions = new ArrayList<>(versions.stream().map(v -> v.withParticipants(change)).toList());
  }

  public Status status() {
    return status;
  }

  public Budget budget() {
    return budget;
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  public List<String> participants() {
    return List.copyOf(participants);
  }

  public List<WorkPlanVersion> versions() {
    return List.copyOf(versions);
  }
}
