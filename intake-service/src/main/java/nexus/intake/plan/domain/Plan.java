package nexus.intake.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nexus.events.PlanDrafted;
import nexus.events.PlanSnapshot;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;

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
  private String title;
  private String field;
  private PlanContent content;
  private List<String> counterpartCountries;
  private long requestedAmountJpy;
  private PlanStatus status;
  private Instant submittedAt;
  private int submissionVersion;
  private String receiptNumber;

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

  /** A new draft of an institution's plan for a call, with a fresh id. */
  public static Plan draft(
      String callId,
      String institutionId,
      String institutionName,
      Course course,
      String title,
      List<String> counterpartCountries,
      long requestedAmountJpy) {
    return new Plan(
        "P-" + UUID.randomUUID(),
        callId,
        institutionId,
        institutionName,
        course,
        title,
        counterpartCountries,
        requestedAmountJpy,
        PlanStatus.DRAFT,
        null);
  }

  /** Restores what a draft says (the wizard's content), as stored. */
  public Plan withContent(String field, PlanContent content) {
    this.field = field;
    this.content = content;
    return this;
  }

  /** The receipt number (受付番号), given once at the first submission and kept after. */
  public Plan withReceiptNumber(String number) {
    if (receiptNumber == null) {
      this.receiptNumber = number;
    }
    return this;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  /** Restores the number of the last submitted version, as stored. */
  public Plan withSubmissionVersion(int version) {
    this.submissionVersion = version;
    return this;
  }

  /**
   * Saves what the applicant drafted; allowed only while the plan is a draft. Rules are checked on
   * every save but never block it: a draft may break them until it is submitted.
   */
  public void edit(String newTitle, String newField, PlanContent newContent) {
    if (!isEditable()) {
      throw new IllegalStateException("plan " + id + " is " + status + " and can no longer change");
    }
    this.title = newTitle;
    this.field = newField;
    this.content = newContent;
    if (newContent != null) {
      this.counterpartCountries =
          newContent.counterparts().stream().map(Counterpart::country).distinct().toList();
      this.requestedAmountJpy = newContent.requestedJpy();
    }
  }

  /** The fact that a draft was started. */
  public PlanDrafted drafted(Instant now) {
    return new PlanDrafted(id, callId, institutionId, course.name(), now);
  }

  /**
   * Submits the plan to its call.
   *
   * @return the fact to publish
   * @throws IllegalStateException when the plan was already submitted
   */
  public PlanSubmitted submit(Instant now) {
    return submit(now, List.of());
  }

  /**
   * Submits the plan with the documents stored for it; the event carries the full snapshot of what
   * the version says.
   *
   * @throws IllegalStateException when the plan was already submitted
   */
  public PlanSubmitted submit(Instant now, List<PlanSnapshot.Document> documents) {
    return submit(now, documents, null);
  }

  /**
   * Submits the plan with the documents stored for it and the registered type of its host
   * institution (null when the institution is not registered), carried for call statistics.
   *
   * @throws IllegalStateException when the plan was already submitted
   */
  public PlanSubmitted submit(
      Instant now, List<PlanSnapshot.Document> documents, String institutionType) {
    if (!isEditable()) {
      throw new IllegalStateException("plan " + id + " is already " + status);
    }
    status = PlanStatus.SUBMITTED;
    submittedAt = now;
    submissionVersion++;
    return new PlanSubmitted(
        id,
        callId,
        institutionId,
        institutionName,
        course.name(),
        title,
        counterpartCountries,
        requestedAmountJpy,
        now,
        submissionVersion,
        content == null ? null : snapshot(documents),
        institutionType);
  }

  private PlanSnapshot snapshot(List<PlanSnapshot.Document> documents) {
    return new PlanSnapshot(
        field,
        content.exchangeStart(),
        content.exchangeEnd(),
        content.counterparts().stream()
            .map(c -> new PlanSnapshot.Counterpart(c.institution(), c.country()))
            .toList(),
        content.partners().stream()
            .map(p -> new PlanSnapshot.Partner(p.name(), p.funded()))
            .toList(),
        content.participants().stream()
            .map(
                p ->
                    new PlanSnapshot.Person(
                        p.name(),
                        p.birthDate(),
                        p.category() == null ? null : p.category().name(),
                        p.role().name(),
                        p.affiliation(),
                        p.visits().stream()
                            .map(
                                v ->
                                    new PlanSnapshot.Visit(
                                        v.start(),
                                        v.end(),
                                        v.direction() == null ? null : v.direction().name(),
                                        v.place()))
                            .toList()))
            .toList(),
        content.onlineSessions().stream()
            .map(o -> new PlanSnapshot.OnlineSession(o.date(), o.topic(), o.hours()))
            .toList(),
        content.budgetItems().stream()
            .map(
                i ->
                    new PlanSnapshot.BudgetItem(
                        i.category() == null ? null : i.category().name(),
                        i.description(),
                        i.amountJpy()))
            .toList(),
        content.directJpy(),
        content.indirectJpy(),
        content.overrunReason(),
        content.expectedOutcomes(),
        content.followUpPlan(),
        content.twinPlan(),
        documents);
  }

  /**
   * Withdraws the submitted version; the plan may then be edited and submitted as a new version.
   *
   * @throws IllegalStateException when the plan is not submitted
   */
  public PlanWithdrawn withdraw(Instant now, String reason) {
    if (status != PlanStatus.SUBMITTED) {
      throw new IllegalStateException("plan " + id + " is " + status + ", not submitted");
    }
    status = PlanStatus.WITHDRAWN;
    return new PlanWithdrawn(id, callId, institutionId, reason, now);
  }

  /** Drafts and withdrawn plans may change; a submitted plan is frozen. */
  public boolean isEditable() {
    return status.editable();
  }

  /** How many versions were submitted so far (0 for a draft never submitted). */
  public int submissionVersion() {
    return submissionVersion;
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

  public String field() {
    return field;
  }

  /** What the wizard drafted; null for plans submitted in one step. */
  public PlanContent content() {
    return content;
  }

  public PlanStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
