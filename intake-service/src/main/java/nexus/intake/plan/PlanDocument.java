package nexus.intake.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.PlanStatus;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a plan is stored: its state plus the events not yet relayed, in one document. */
@Document("plans")
class PlanDocument {
  @Id String id;
  @Version Long version;
  String callId;
  @Indexed String institutionId;
  String institutionName;
  String course;
  String title;
  String field;
  PlanContent content;

  int submissionVersion;
  String receiptNumber;

  /** The principal investigator (the user who drafted the plan). */
  @Indexed String piSubject;

  /** Where the PI's receipt e-mail goes, and in which language (ja/en), from the draft's start. */
  String piEmail;

  String piLanguage;

  /** The Idempotency-Key of the request that submitted the plan. */
  String submissionKey;

  List<String> counterpartCountries = new ArrayList<>();
  long requestedAmountJpy;
  String status;
  Instant submittedAt;

  /** Review's requests for more documents, oldest first (not part of the plan's content). */
  List<DocumentRequest> documentRequests = new ArrayList<>();

  /**
   * How many people's personal data was erased from the content (issue 7's erasure, the one change
   * a submitted version takes after submission), and when last; 0 and null if none.
   */
  int erasedPeople;

  Instant erasedAt;

  List<OutboxEntry> outbox = new ArrayList<>();

  static PlanDocument from(Plan plan) {
    PlanDocument d = new PlanDocument();
    d.update(plan);
    return d;
  }

  /**
   * Copies the plan's state onto this document, keeping its version (optimistic locking) and the
   * events still waiting in its outbox.
   */
  void update(Plan plan) {
    PlanDocument d = this;
    d.id = plan.id();
    d.callId = plan.callId();
    d.institutionId = plan.institutionId();
    d.institutionName = plan.institutionName();
    d.course = plan.course().name();
    d.title = plan.title();
    d.field = plan.field();
    d.content = plan.content();
    d.counterpartCountries = new ArrayList<>(plan.counterpartCountries());
    d.requestedAmountJpy = plan.requestedAmountJpy();
    d.status = plan.status().name();
    d.submittedAt = plan.submittedAt();
    d.submissionVersion = plan.submissionVersion();
    d.receiptNumber = plan.receiptNumber();
  }

  Plan toPlan() {
    return new Plan(
            id,
            callId,
            institutionId,
            institutionName,
            Course.valueOf(course),
            title,
            counterpartCountries,
            requestedAmountJpy,
            PlanStatus.valueOf(status),
            submittedAt)
        .withContent(field, content)
        .withSubmissionVersion(submissionVersion)
        .withReceiptNumber(receiptNumber);
  }
}
