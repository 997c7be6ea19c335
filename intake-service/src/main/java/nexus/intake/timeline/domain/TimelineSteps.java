package nexus.intake.timeline.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nexus.events.AccountingReportSubmitted;
import nexus.events.AgreementSigned;
import nexus.events.AlumniEnrolled;
import nexus.events.DocumentsRequested;
import nexus.events.DocumentsSupplied;
import nexus.events.EventCatalog;
import nexus.events.ExchangeCompleted;
import nexus.events.IncidentReported;
import nexus.events.IntegrationEvent;
import nexus.events.OutcomeReportSubmitted;
import nexus.events.ParticipantListSubmitted;
import nexus.events.PaymentDisbursed;
import nexus.events.PlanAwarded;
import nexus.events.PlanDrafted;
import nexus.events.PlanEvent;
import nexus.events.PlanNotSelected;
import nexus.events.PlanScreened;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.events.ReviewersAssigned;
import nexus.events.SettlementCompleted;
import nexus.events.SurveyAnswered;
import nexus.events.SurveyCampaignLaunched;
import nexus.events.WorkPlanApproved;

/**
 * Which events belong to a plan's timeline and what each step shows. An event about plans that this
 * class does not know yet still becomes a step (its type and time), so a new contract shows up
 * before anyone writes its facts here.
 */
public final class TimelineSteps {

  private TimelineSteps() {}

  /**
   * The event types a timeline takes: every plan event, and survey campaigns (they name plans); not
   * review's reviewer sets (applicants do not learn who reviews their plan).
   */
  public static List<Class<? extends IntegrationEvent>> eventTypes() {
    return EventCatalog.EVENTS.stream()
        .filter(c -> PlanEvent.class.isAssignableFrom(c) || c.equals(SurveyCampaignLaunched.class))
        .filter(c -> !c.equals(ReviewersAssigned.class))
        .toList();
  }

  /**
   * The step an event makes.
   *
   * @param fallbackTime the envelope's time, for an event whose body has none
   * @return empty for an event that is about no plan
   */
  public static Optional<TimelineStep> of(
      IntegrationEvent event, String type, Instant fallbackTime) {
    Map<String, Object> facts = new LinkedHashMap<>();
    Instant at =
        switch (event) {
          case PlanDrafted e -> put(facts, "course", e.course(), e.draftedAt());
          case PlanSubmitted e -> {
            put(facts, "version", e.submissionVersion(), null);
            yield put(facts, "amountJpy", e.requestedAmountJpy(), e.submittedAt());
          }
          case PlanWithdrawn e -> put(facts, "reason", blankToNull(e.reason()), e.withdrawnAt());
          case PlanScreened e -> put(facts, "outcome", e.outcome(), e.screenedAt());
          case PlanAwarded e -> {
            put(facts, "amountJpy", e.awardedAmountJpy(), null);
            yield put(
                facts,
                "conditions",
                e.conditions().isEmpty() ? null : e.conditions().size(),
                e.awardedAt());
          }
          case PlanNotSelected e -> e.decidedAt();
          case WorkPlanApproved e -> put(facts, "amountJpy", e.approvedAmountJpy(), e.approvedAt());
          case AgreementSigned e -> {
            put(facts, "role", e.role(), null);
            yield put(facts, "amountJpy", e.amountJpy(), e.signedAt());
          }
          case PaymentDisbursed e -> put(facts, "amountJpy", e.amountJpy(), e.disbursedAt());
          case ParticipantListSubmitted e ->
              put(facts, "participants", e.participantIds().size(), e.submittedAt());
          case IncidentReported e -> put(facts, "severity", e.severity(), e.reportedAt());
          case OutcomeReportSubmitted e -> e.submittedAt();
          case AccountingReportSubmitted e ->
              put(facts, "spentJpy", e.spentAmountJpy(), e.submittedAt());
          case SettlementCompleted e -> {
            put(facts, "spentJpy", e.spentAmountJpy(), null);
            yield put(facts, "refundJpy", e.refundAmountJpy(), e.settledAt());
          }
          case ExchangeCompleted e ->
              put(facts, "participants", e.participantIds().size(), e.completedAt());
          case AlumniEnrolled e -> e.enrolledAt();
          case SurveyCampaignLaunched e -> put(facts, "surveyYear", e.surveyYear(), e.launchedAt());
          case SurveyAnswered e -> e.answeredAt();
          case DocumentsRequested e -> put(facts, "documents", e.kinds().size(), e.requestedAt());
          case DocumentsSupplied e -> put(facts, "documents", e.documents().size(), e.suppliedAt());
          default -> null;
        };
    List<String> planIds =
        switch (event) {
          case SurveyCampaignLaunched e -> e.planIds();
          case PlanEvent e -> e.planId() == null ? List.of() : List.of(e.planId());
          default -> List.of();
        };
    if (planIds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TimelineStep(planIds, type, at == null ? fallbackTime : at, facts));
  }

  private static Instant put(Map<String, Object> facts, String name, Object value, Instant at) {
    if (value != null) {
      facts.put(name, value);
    }
    return at;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
