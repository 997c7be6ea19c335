package nexus.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event contract the suite knows, by wire type and version. */
public final class EventCatalog {

  /** All event classes; a new event is added here, with its schema and a golden sample. */
  public static final List<Class<? extends IntegrationEvent>> EVENTS =
      List.of(
          CallOpened.class,
          PlanDrafted.class,
          PlanSubmitted.class,
          PlanWithdrawn.class,
          PlanScreened.class,
          PlanAwarded.class,
          PlanNotSelected.class,
          WorkPlanApproved.class,
          AgreementSigned.class,
          PaymentDisbursed.class,
          ParticipantListSubmitted.class,
          IncidentReported.class,
          OutcomeReportSubmitted.class,
          AccountingReportSubmitted.class,
          SettlementCompleted.class,
          ExchangeCompleted.class,
          AlumniEnrolled.class,
          SurveyCampaignLaunched.class,
          SurveyAnswered.class,
          InstitutionRegistered.class,
          InstitutionVerificationRequested.class,
          InstitutionVerified.class,
          MemberInvited.class,
          AlumniErased.class,
          DocumentsRequested.class,
          DocumentsSupplied.class,
          AlumniInvited.class,
          AlumniNotified.class,
          ScoringReminderDue.class,
          ReportReminderDue.class,
          ReviewersAssigned.class,
          MemberJoined.class,
          MemberLeft.class,
          AlumniContactChanged.class);

  private static final Map<String, Class<? extends IntegrationEvent>> BY_WIRE =
      EVENTS.stream()
          .collect(Collectors.toUnmodifiableMap(EventCatalog::wireKey, Function.identity()));

  private EventCatalog() {}

  /** The wire identity of an event class. */
  public static EventType typeOf(Class<? extends IntegrationEvent> eventClass) {
    EventType type = eventClass.getAnnotation(EventType.class);
    if (type == null) {
      throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
    }
    return type;
  }

  /** The event class for a wire type and version, if this build knows it. */
  public static Optional<Class<? extends IntegrationEvent>> classOf(String type, int version) {
    return Optional.ofNullable(BY_WIRE.get(type + ":" + version));
  }

  /** The JSON Schema {@code $id} of a contract. */
  public static String schemaId(String type, int version) {
    return "urn:nexus:events:" + type + ":" + version;
  }

  /** The classpath resource of a contract's JSON Schema. */
  public static String schemaResource(String type, int version) {
    return "/nexus/events/schemas/" + type + ".v" + version + ".json";
  }

  private static String wireKey(Class<? extends IntegrationEvent> eventClass) {
    EventType type = typeOf(eventClass);
    return type.name() + ":" + type.version();
  }
}
