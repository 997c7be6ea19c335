package nexus.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nexus.events.PlanSnapshot;
import nexus.events.PlanSnapshot.Counterpart;
import nexus.messaging.OutboxEntry;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a plan's reporting file is stored: one document per plan (its id is the plan id) with what
 * reporting knows of the awarded plan, the institutions that signed (each owes an accounting
 * report), the participant list, the outcome and accounting reports, settlements, the reminders
 * already issued and the outbox. One aggregate per document, so that every change of a plan is one
 * atomic write (mongo-java-server has no transactions).
 */
@Document("obligations")
class ObligationDocument {
  @Id String planId;
  // from plan.awarded (review)
  String callId;
  String title;
  String course;
  String field;
  @Indexed String hostInstitutionId;
  String hostInstitutionName;
  LocalDate exchangeStart;
  LocalDate exchangeEnd;
  List<Counterpart> counterparts = new ArrayList<>();
  int plannedParticipants;
  // the people of the awarded plan, as the host's participant list form starts from them
  List<PlanSnapshot.Person> awardedPeople = new ArrayList<>();
  long awardedAmountJpy;
  Instant awardedAt;
  // from agreement.signed (contract)
  List<String> institutionIds = new ArrayList<>();
  Instant firstSignedAt;
  Instant receivedAt;
  String status;
  // the institutions' own reports
  ParticipantList participantList;
  Report outcomeReport;
  List<AccountingReport> accountingReports = new ArrayList<>();
  // from settlement.completed (contract)
  List<String> settledInstitutions = new ArrayList<>();
  Instant completedAt;
  List<String> remindersSent = new ArrayList<>();
  List<Contact> contacts = new ArrayList<>();
  List<OutboxEntry> outbox = new ArrayList<>();

  /** The list the host confirmed, as last submitted. */
  public record ParticipantList(
      List<ConfirmedParticipant> participants, Instant submittedAt, String submittedBy) {}

  /**
   * The outcome report: the host's text, covering the partner, and staff's decision.
   *
   * @param reportId report id
   * @param content what the host wrote
   * @param state SUBMITTED, RETURNED or ACCEPTED
   * @param comment staff's comment when returned or accepted
   */
  public record Report(
      String reportId,
      OutcomeContent content,
      String state,
      String comment,
      Instant submittedAt,
      Instant decidedAt) {}

  /** An institution's accounting report and staff's decision. */
  public record AccountingReport(
      String reportId,
      String institutionId,
      AccountingContent content,
      String state,
      String comment,
      Instant submittedAt,
      Instant decidedAt) {}

  /** An address of someone of an institution who used the service (for reminders). */
  public record Contact(String institutionId, String email) {}
}
