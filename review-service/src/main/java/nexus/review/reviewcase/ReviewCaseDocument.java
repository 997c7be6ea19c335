package nexus.review.reviewcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nexus.events.PlanSnapshot;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a review case is stored. Its id is the plan id: one case per plan, one document per aggregate
 * (screening, export control, assignment and decision live here with the outbox).
 */
@Document(ReviewCaseDocument.COLLECTION)
public class ReviewCaseDocument {
  public static final String COLLECTION = "review_cases";

  @Id public String planId;
  public String callId;
  public String institutionId;
  public String institutionName;

  /** The registered host institution's type (intake's constant name), null when unknown. */
  public String institutionType;

  public String course;
  public String title;
  public List<String> counterpartCountries = new ArrayList<>();
  public long requestedAmountJpy;
  public Instant submittedAt;
  public Instant receivedAt;
  public Integer submissionVersion;
  public Instant withdrawnAt;
  public String status;
  public PlanSnapshot snapshot;
  public Screening screening;
  public ExportCheck exportControl;
  public DocumentsRequest documentsRequest;
  public List<String> reviewers = new ArrayList<>();
  public List<String> pinnedReviewers = new ArrayList<>();
  public Decision decision;

  /** How many people's personal data was erased from the snapshot (issue 7), and when last. */
  public int erasedPeople;

  public Instant erasedAt;

  public List<OutboxEntry> outbox = new ArrayList<>();

  /** Staff's eligibility screening: ineligible kinds ticked and the recorded reason. */
  public record Screening(
      String outcome, List<String> ineligibleKinds, String reason, String by, Instant at) {}

  /** The export-control check against the end user list, and staff's decision on a hit. */
  public record ExportCheck(
      String status,
      List<Hit> hits,
      String listVersion,
      String decidedBy,
      String note,
      Instant at) {}

  /** One institution of the plan that matched an entry of the end user list. */
  public record Hit(
      String institution,
      String role,
      String entryName,
      String matchedName,
      String country,
      String concern) {}

  /** Staff asked the applicant for documents; the review pauses until they are supplied. */
  public record DocumentsRequest(
      String requestId,
      List<String> kinds,
      String message,
      LocalDate dueDate,
      Instant requestedAt,
      Instant suppliedAt,
      List<PlanSnapshot.Document> supplied) {}

  /** The award decision as staff finalised it. */
  public record Decision(
      String outcome, long hostJpy, long partnerJpy, List<String> conditions, Instant at) {}
}
