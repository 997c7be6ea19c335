package nexus.review.exportcontrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nexus.events.DocumentsRequested;
import nexus.events.DocumentsSupplied;
import nexus.events.EventEnvelope;
import nexus.events.PlanScreened;
import nexus.events.PlanSnapshot;
import nexus.messaging.Outbox;
import nexus.review.exportcontrol.domain.EndUserEntry;
import nexus.review.exportcontrol.domain.EndUserList;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewcase.ReviewCaseDocument.ExportCheck;
import nexus.review.reviewcase.ReviewCaseDocument.Hit;
import nexus.review.reviewcase.ReviewCases;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Screens every host, partner and counterpart institution of every case against the end user list;
 * a hit blocks the case until staff clear or confirm it. Staff may ask the applicant for more
 * documents, which pauses the case until intake reports them supplied.
 */
@Service
public class ExportControl {

  /** The rule key of an exclusion by export control, in {@link PlanScreened#reasons()}. */
  public static final String EXCLUDED = "exportcontrol.end-user-list";

  private final MongoTemplate mongo;
  private final ReviewCases cases;
  private final Outbox outbox;
  private final Clock clock;

  ExportControl(MongoTemplate mongo, ReviewCases cases, Outbox outbox, Clock clock) {
    this.mongo = mongo;
    this.cases = cases;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Summary of the list in force. */
  public record ListSummary(String version, String fileName, Instant uploadedAt, int entries) {}

  /** Replaces the list with an uploaded file and screens every open case again. */
  public ListSummary upload(String fileName, byte[] content, String staff) {
    List<EndUserEntry> entries;
    try {
      entries = EndUserListFile.read(fileName, content);
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
    EndUserListDocument doc = new EndUserListDocument();
    doc.version = UUID.randomUUID().toString();
    doc.fileName = fileName;
    doc.uploadedBy = staff;
    doc.uploadedAt = clock.instant();
    doc.entries = entries;
    mongo.save(doc);
    cases.open().forEach(c -> screen(c, doc));
    return summary(doc);
  }

  /** The list in force, if one was uploaded. */
  public Optional<ListSummary> current() {
    return Optional.ofNullable(current0()).map(ExportControl::summary);
  }

  /** Screens one case against the list in force (when a case arrives). */
  public void screen(String planId) {
    EndUserListDocument list = current0();
    if (list != null) {
      cases.document(planId).ifPresent(c -> screen(c, list));
    }
  }

  private void screen(ReviewCaseDocument c, EndUserListDocument list) {
    if (c.decision != null || CaseStatus.WITHDRAWN.equals(c.status)) {
      return;
    }
    List<Hit> hits = hits(c, new EndUserList(list.entries));
    ExportCheck before = c.exportControl;
    boolean decided =
        before != null
            && (CaseStatus.EXPORT_CLEARED.equals(before.status())
                || CaseStatus.EXPORT_CONFIRMED.equals(before.status()));
    if (decided && Objects.equals(before.hits(), hits)) {
      return; // staff already decided on exactly these hits
    }
    ExportCheck check =
        new ExportCheck(
            hits.isEmpty() ? CaseStatus.EXPORT_CLEAR : CaseStatus.EXPORT_HIT,
            hits,
            list.version,
            null,
            null,
            clock.instant());
    Update update = new Update().set("exportControl", check);
    if (!hits.isEmpty()) {
      update.set("pinnedReviewers", List.of());
      cases.updateReviewers(c, List.of(), update);
    } else {
      cases.update(c.planId, update);
    }
  }

  static List<Hit> hits(ReviewCaseDocument c, EndUserList list) {
    List<Hit> hits = new ArrayList<>();
    check(list, c.institutionName, "HOST", hits);
    PlanSnapshot s = c.snapshot;
    if (s != null) {
      s.partners().forEach(p -> check(list, p.name(), "PARTNER", hits));
      s.counterparts().forEach(p -> check(list, p.institution(), "COUNTERPART", hits));
    }
    return hits;
  }

  private static void check(EndUserList list, String institution, String role, List<Hit> hits) {
    list.match(institution)
        .ifPresent(
            m ->
                hits.add(
                    new Hit(
                        institution,
                        role,
                        m.entry().name(),
                        m.matchedName(),
                        m.entry().country(),
                        m.entry().concern())));
  }

  /**
   * Staff's decision on a hit: CLEAR lets the case go on; CONFIRM excludes it (screened ineligible,
   * with {@link PlanScreened}).
   */
  public void decide(String planId, String decision, String note, String staff) {
    ReviewCaseDocument c = found(planId);
    if (c.exportControl == null || c.exportControl.hits().isEmpty() || c.decision != null) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "exportcontrol.no-hit");
    }
    boolean clear = "CLEAR".equals(decision);
    if (!clear && !"CONFIRM".equals(decision)) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "exportcontrol.decision");
    }
    Instant now = clock.instant();
    ExportCheck check =
        new ExportCheck(
            clear ? CaseStatus.EXPORT_CLEARED : CaseStatus.EXPORT_CONFIRMED,
            c.exportControl.hits(),
            c.exportControl.listVersion(),
            staff,
            note,
            now);
    Update update = new Update().set("exportControl", check);
    if (!clear) {
      update.set("status", CaseStatus.INELIGIBLE).set("pinnedReviewers", List.of());
      cases.updateReviewers(
          c,
          List.of(),
          update,
          outbox.entryFor(
              new PlanScreened(planId, c.callId, CaseStatus.INELIGIBLE, List.of(EXCLUDED), now)));
    } else {
      cases.update(planId, update);
    }
  }

  /** Asks the applicant for documents: the case pauses until they are supplied. */
  public String requestDocuments(
      String planId, List<String> kinds, String message, LocalDate dueDate, String staff) {
    ReviewCaseDocument c = found(planId);
    if (c.decision != null || CaseStatus.WITHDRAWN.equals(c.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "documents.request.closed");
    }
    if (c.documentsRequest != null && c.documentsRequest.suppliedAt() == null) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "documents.request.open");
    }
    if (kinds == null || kinds.isEmpty() || message == null || message.isBlank()) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "documents.request.empty");
    }
    String requestId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    cases.update(
        planId,
        new Update()
            .set(
                "documentsRequest",
                new ReviewCaseDocument.DocumentsRequest(
                    requestId, kinds, message.strip(), dueDate, now, null, List.of()))
            .push(
                "outbox",
                outbox.entryFor(
                    new DocumentsRequested(
                        planId, requestId, kinds, message.strip(), dueDate, now))));
    return requestId;
  }

  /** Intake reports the documents supplied: the case resumes (repeats change nothing). */
  public void supplied(DocumentsSupplied supplied, EventEnvelope envelope) {
    cases
        .document(supplied.planId())
        .filter(c -> c.documentsRequest != null)
        .filter(c -> c.documentsRequest.requestId().equals(supplied.requestId()))
        .ifPresent(
            c -> {
              var r = c.documentsRequest;
              cases.update(
                  c.planId,
                  new Update()
                      .set(
                          "documentsRequest",
                          new ReviewCaseDocument.DocumentsRequest(
                              r.requestId(),
                              r.kinds(),
                              r.message(),
                              r.dueDate(),
                              r.requestedAt(),
                              supplied.suppliedAt(),
                              supplied.documents())));
            });
  }

  private ReviewCaseDocument found(String planId) {
    return cases.document(planId).orElseThrow(() -> new NotFoundException("case " + planId));
  }

  private EndUserListDocument current0() {
    return mongo.findById(EndUserListDocument.CURRENT, EndUserListDocument.class);
  }

  private static ListSummary summary(EndUserListDocument d) {
    return new ListSummary(d.version, d.fileName, d.uploadedAt, d.entries.size());
  }
}
