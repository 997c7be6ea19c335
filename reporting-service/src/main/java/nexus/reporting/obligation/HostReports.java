package nexus.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nexus.events.AccountingReportSubmitted;
import nexus.events.ExchangeCompleted;
import nexus.events.OutcomeReportSubmitted;
import nexus.events.ParticipantListSubmitted;
import nexus.events.ParticipantRecord;
import nexus.events.PlanSnapshot;
import nexus.messaging.Outbox;
import nexus.reporting.obligation.ObligationDocument.AccountingReport;
import nexus.reporting.obligation.ObligationDocument.ParticipantList;
import nexus.reporting.obligation.ObligationDocument.Report;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.CourseRules;
import nexus.reporting.obligation.domain.Duty;
import nexus.reporting.obligation.domain.ListProblem;
import nexus.reporting.obligation.domain.ParticipantListRules;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the institutions hand in after their agreement (participant list, outcome report, accounting
 * reports) and staff's decisions on them. Each change of a plan is one write of its document with
 * the events it causes in the outbox; the exchange completes, once, when the outcome report is
 * accepted and every signed institution is settled.
 */
@Service
public class HostReports {

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final ReportingRules rules;
  private final Outbox outbox;
  private final Clock clock;

  HostReports(
      MongoTemplate mongo,
      Obligations obligations,
      ReportingRules rules,
      Outbox outbox,
      Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.rules = rules;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * The host's confirmed participants, checked against the awarded plan and the call; refused with
   * every problem named, else stored (replacing an earlier list) and announced.
   */
  public List<ConfirmedParticipant> submitParticipantList(
      String planId, List<ConfirmedParticipant> people, CurrentUser user) {
    ObligationDocument d = hostOf(planId, user);
    if (d.callId == null || d.course == null) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "list.plan-unknown");
    }
    var call = rules.call(d.callId);
    List<ListProblem> problems =
        new ParticipantListRules(
                call.course(d.course), call.maxStayDaysPerPerson(), d.exchangeStart, d.exchangeEnd)
            .check(people);
    if (!problems.isEmpty()) {
      throw new ListRefusedException(problems);
    }
    List<ConfirmedParticipant> withIds = withIds(d, people);
    Instant now = clock.instant();
    List<ParticipantRecord> records = withIds.stream().map(HostReports::record).toList();
    ParticipantListSubmitted event =
        new ParticipantListSubmitted(
            planId,
            records.stream().map(ParticipantRecord::participantId).toList(),
            now,
            d.callId,
            records);
    mongo.updateFirst(
        Obligations.byId(planId),
        new Update()
            .set("participantList", new ParticipantList(withIds, now, user.subject()))
            // the form starts from the submitted list from now on: the plan's copy of the
            // awarded people (names, birth dates) is no longer needed
            .set("awardedPeople", List.of())
            .push("outbox", outbox.entryFor(event)),
        ObligationDocument.class);
    obligations.noteContact(planId, user);
    return withIds;
  }

  /** Keeps the ids the host sent back for people already listed; gives new people a new id. */
  private static List<ConfirmedParticipant> withIds(
      ObligationDocument d, List<ConfirmedParticipant> people) {
    Set<String> known = new HashSet<>();
    if (d.participantList != null) {
      d.participantList.participants().forEach(p -> known.add(p.participantId()));
    }
    List<ConfirmedParticipant> result = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (ConfirmedParticipant p : people) {
      String id = p.participantId();
      if (id == null || !known.contains(id) || !used.add(id)) {
        id = "pt-" + UUID.randomUUID();
        used.add(id);
      }
      result.add(
          new ConfirmedParticipant(
              id,
              p.name(),
              p.birthDate(),
              p.category(),
              p.role(),
              p.affiliation(),
              p.country(),
              p.email(),
              p.visits(),
              p.safety()));
    }
    return result;
  }

  static ParticipantRecord record(ConfirmedParticipant p) {
    return new ParticipantRecord(
        p.participantId(),
        p.name(),
        p.email(),
        p.country(),
        p.affiliation(),
        p.category(),
        p.role(),
        p.direction());
  }

  /** The host hands in (or, once returned, hands in again) the outcome report. */
  public void submitOutcome(String planId, OutcomeContent content, CurrentUser user) {
    ObligationDocument d = hostOf(planId, user);
    if (d.outcomeReport != null && !Duty.RETURNED.equals(d.outcomeReport.state())) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-returned");
    }
    Instant now = clock.instant();
    String reportId = "or-" + UUID.randomUUID();
    Query query = Obligations.byId(planId);
    query.addCriteria(
        d.outcomeReport == null
            ? Criteria.where("outcomeReport").is(null)
            : Criteria.where("outcomeReport.state").is(Duty.RETURNED));
    var result =
        mongo.updateFirst(
            query,
            new Update()
                .set(
                    "outcomeReport", new Report(reportId, content, Duty.SUBMITTED, null, now, null))
                .push("outbox", outbox.entryFor(new OutcomeReportSubmitted(planId, reportId, now))),
            ObligationDocument.class);
    if (result.getModifiedCount() == 0) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-returned");
    }
    obligations.noteContact(planId, user);
  }

  /** A signed institution hands in (or hands in again) its accounting report. */
  public void submitAccounting(String planId, AccountingContent content, CurrentUser user) {
    ObligationDocument d = obligations.document(planId, user);
    String institution = user.institutionId();
    if (institution == null || !d.institutionIds.contains(institution)) {
      throw new NotFoundException("plan " + planId);
    }
    long direct = content.directJpy();
    if (content.indirectJpy() * 10 > direct) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_CONTENT, "accounting.indirect-cap", direct / 10);
    }
    AccountingReport existing = accountingOf(d, institution);
    if (existing != null && !Duty.RETURNED.equals(existing.state())) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-returned");
    }
    List<AccountingReport> reports = new ArrayList<>(d.accountingReports);
    reports.removeIf(r -> r.institutionId().equals(institution));
    reports.add(
        new AccountingReport(
            "ar-" + UUID.randomUUID(),
            institution,
            content,
            Duty.SUBMITTED,
            null,
            clock.instant(),
            null));
    mongo.updateFirst(
        Obligations.byId(planId),
        new Update().set("accountingReports", reports),
        ObligationDocument.class);
    obligations.noteContact(planId, user);
  }

  /** Staff accept or return the outcome report; acceptance may complete the exchange. */
  public void decideOutcome(String planId, boolean accept, String comment) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    if (d == null || d.outcomeReport == null) {
      throw new NotFoundException("outcome report " + planId);
    }
    if (!Duty.SUBMITTED.equals(d.outcomeReport.state())) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-submitted");
    }
    requireComment(accept, comment);
    Report r = d.outcomeReport;
    var result =
        mongo.updateFirst(
            Query.query(
                Criteria.where("_id").is(planId).and("outcomeReport.state").is(Duty.SUBMITTED)),
            new Update()
                .set(
                    "outcomeReport",
                    new Report(
                        r.reportId(),
                        r.content(),
                        accept ? Duty.ACCEPTED : Duty.RETURNED,
                        comment,
                        r.submittedAt(),
                        clock.instant())),
            ObligationDocument.class);
    if (result.getModifiedCount() == 0) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-submitted");
    }
    if (accept) {
      completeIfDone(planId);
    }
  }

  /**
   * Staff accept or return an institution's accounting report; acceptance announces it, so that
   * contract settles from it.
   */
  public void decideAccounting(
      String planId, String institutionId, boolean accept, String comment) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    AccountingReport r = d == null ? null : accountingOf(d, institutionId);
    if (r == null) {
      throw new NotFoundException("accounting report " + planId + "/" + institutionId);
    }
    if (!Duty.SUBMITTED.equals(r.state())) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-submitted");
    }
    requireComment(accept, comment);
    Instant now = clock.instant();
    List<AccountingReport> reports = new ArrayList<>(d.accountingReports);
    reports.replaceAll(
        x ->
            x.institutionId().equals(institutionId)
                ? new AccountingReport(
                    x.reportId(),
                    x.institutionId(),
                    x.content(),
                    accept ? Duty.ACCEPTED : Duty.RETURNED,
                    comment,
                    x.submittedAt(),
                    now)
                : x);
    Update update = new Update().set("accountingReports", reports);
    if (accept) {
      AccountingContent c = r.content();
      update.push(
          "outbox",
          outbox.entryFor(
              new AccountingReportSubmitted(
                  planId,
                  r.reportId(),
                  institutionId,
                  c.directJpy() + c.indirectJpy(),
                  r.submittedAt(),
                  c.items().stream()
                      .map(
                          i ->
                              new AccountingReportSubmitted.SpendItem(
                                  i.category(), i.description(), i.amountJpy()))
                      .toList(),
                  c.indirectJpy())));
    }
    // the state in the query keeps two staff decisions from both applying
    Query query = Obligations.byId(planId);
    query.addCriteria(
        Criteria.where("accountingReports")
            .elemMatch(
                Criteria.where("institutionId").is(institutionId).and("state").is(Duty.SUBMITTED)));
    if (mongo.updateFirst(query, update, ObligationDocument.class).getModifiedCount() == 0) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "report.not-submitted");
    }
  }

  private static void requireComment(boolean accept, String comment) {
    if (!accept && (comment == null || comment.isBlank())) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "report.comment-needed");
    }
  }

  /**
   * Completes the exchange when the outcome report is accepted and every signed institution is
   * settled. The write is conditional on {@code completedAt} being unset, so however often this
   * runs (accepting, each settlement, redeliveries, two replicas), the plan completes once and
   * {@code ExchangeCompleted} is recorded once.
   */
  public void completeIfDone(String planId) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    if (d == null
        || d.completedAt != null
        || d.outcomeReport == null
        || !Duty.ACCEPTED.equals(d.outcomeReport.state())
        || d.institutionIds.isEmpty()
        || !d.settledInstitutions.containsAll(d.institutionIds)) {
      return;
    }
    Instant now = clock.instant();
    List<ParticipantRecord> participants =
        d.participantList == null
            ? List.of()
            : d.participantList.participants().stream().map(HostReports::record).toList();
    ExchangeCompleted event =
        new ExchangeCompleted(
            planId,
            d.callId,
            participants.stream().map(ParticipantRecord::participantId).toList(),
            now,
            d.course,
            d.field,
            d.hostInstitutionId,
            d.hostInstitutionName,
            d.counterparts,
            d.exchangeStart,
            d.exchangeEnd,
            participants);
    mongo.findAndModify(
        Query.query(Criteria.where("_id").is(planId).and("completedAt").is(null)),
        new Update()
            .set("completedAt", now)
            .set("status", Obligations.COMPLETED)
            .push("outbox", outbox.entryFor(event)),
        FindAndModifyOptions.none(),
        ObligationDocument.class);
  }

  private ObligationDocument hostOf(String planId, CurrentUser user) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    if (d == null
        || user.institutionId() == null
        || !user.institutionId().equals(d.hostInstitutionId)
        || d.firstSignedAt == null) {
      throw new NotFoundException("plan " + planId);
    }
    return d;
  }

  private static AccountingReport accountingOf(ObligationDocument d, String institutionId) {
    return d.accountingReports.stream()
        .filter(r -> r.institutionId().equals(institutionId))
        .findFirst()
        .orElse(null);
  }

  /** The reports of a plan as its institutions and staff see them. */
  public ReportsView reports(String planId, CurrentUser user) {
    ObligationDocument d = obligations.document(planId, user);
    boolean staff = Obligations.staff(user);
    return new ReportsView(
        d.participantList == null ? List.of() : d.participantList.participants(),
        d.participantList == null ? null : d.participantList.submittedAt(),
        d.outcomeReport,
        d.accountingReports.stream()
            .filter(r -> staff || r.institutionId().equals(user.institutionId()))
            .toList());
  }

  /**
   * What the host's participant list form starts from: the plan's period and course rules, the
   * people of the awarded plan and the list as last submitted. Only the host of a signed plan, else
   * not found.
   */
  public ListDraft participantListDraft(String planId, CurrentUser user) {
    ObligationDocument d = hostOf(planId, user);
    CourseRules course = null;
    int maxStayDays = 0;
    if (d.callId != null && d.course != null) {
      var call = rules.call(d.callId);
      course = call.course(d.course);
      maxStayDays = call.maxStayDaysPerPerson();
    }
    return new ListDraft(
        planId,
        d.title,
        d.hostInstitutionName,
        d.exchangeStart,
        d.exchangeEnd,
        course,
        maxStayDays,
        d.counterparts == null ? List.of() : List.copyOf(d.counterparts),
        d.awardedPeople == null ? List.of() : List.copyOf(d.awardedPeople),
        d.participantList == null ? List.of() : d.participantList.participants(),
        d.participantList == null ? null : d.participantList.submittedAt());
  }

  /**
   * The participant list form's starting point.
   *
   * @param course the course's rules (null while the award is not known)
   * @param maxStayDays most days per person over all visits (0 while the award is not known)
   * @param awardedPeople the people of the awarded plan
   * @param submitted the list as last submitted (empty before)
   * @param submittedAt when it was submitted (null before)
   */
  public record ListDraft(
      String planId,
      String title,
      String hostInstitutionName,
      LocalDate exchangeStart,
      LocalDate exchangeEnd,
      CourseRules course,
      int maxStayDays,
      List<PlanSnapshot.Counterpart> counterparts,
      List<PlanSnapshot.Person> awardedPeople,
      List<ConfirmedParticipant> submitted,
      Instant submittedAt) {}

  /**
   * The accounting report of the user's institution for a plan, if it signed an agreement for it
   * (else not found).
   */
  public AccountingDraft accountingDraft(String planId, CurrentUser user) {
    ObligationDocument d = obligations.document(planId, user);
    String institution = user.institutionId();
    if (institution == null || !d.institutionIds.contains(institution)) {
      throw new NotFoundException("plan " + planId);
    }
    AccountingReport r = accountingOf(d, institution);
    return r == null
        ? new AccountingDraft(planId, d.title, institution, null, null, null, null, null)
        : new AccountingDraft(
            planId,
            d.title,
            institution,
            r.content(),
            r.state(),
            r.comment(),
            r.submittedAt(),
            r.decidedAt());
  }

  /**
   * An institution's accounting report as its form shows it.
   *
   * @param content the report as last handed in (null before)
   * @param state SUBMITTED, RETURNED or ACCEPTED (null before)
   * @param comment staff's comment on their decision
   */
  public record AccountingDraft(
      String planId,
      String title,
      String institutionId,
      AccountingContent content,
      String state,
      String comment,
      Instant submittedAt,
      Instant decidedAt) {

    /** Whether the institution may hand it in now: never handed in, or returned. */
    public boolean editable() {
      return state == null || Duty.RETURNED.equals(state);
    }
  }

  /** What has been handed in for a plan. */
  public record ReportsView(
      List<ConfirmedParticipant> participants,
      Instant participantListSubmittedAt,
      Report outcomeReport,
      List<AccountingReport> accountingReports) {}
}
