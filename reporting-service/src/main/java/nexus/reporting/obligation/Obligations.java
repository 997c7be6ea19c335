package nexus.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nexus.events.AgreementSigned;
import nexus.events.EventEnvelope;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.events.PlanSnapshot;
import nexus.events.SettlementCompleted;
import nexus.messaging.Outbox;
import nexus.reporting.obligation.domain.Duty;
import nexus.reporting.obligation.domain.DutyKind;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * A plan's reporting file, built from review's award and contract's signatures and settlements:
 * which reports are owed, by whom, by when, and where each stands. Every handler upserts by plan id
 * and writes only what its event says, so the award and the signatures may arrive in any order
 * (they come on different topics) and redelivery changes nothing.
 */
@Service
public class Obligations {

  static final String OPEN = "OPEN";
  static final String COMPLETED = "COMPLETED";
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /**
   * Newest signature first; plans signed at the same moment newest known first (a stable order, so
   * paging neither repeats nor skips a plan).
   */
  public static final Sort NEWEST_SIGNED =
      Sort.by("firstSignedAt").descending().and(Sort.by("receivedAt").descending());

  private final MongoTemplate mongo;
  private final Clock clock;
  private final ReportingRules rules;
  private final Outbox outbox;

  Obligations(MongoTemplate mongo, Clock clock, ReportingRules rules, Outbox outbox) {
    this.mongo = mongo;
    this.clock = clock;
    this.rules = rules;
    this.outbox = outbox;
  }

  /** Records an event about a plan in the plan's outbox (one write). */
  public void record(String planId, IntegrationEvent event) {
    mongo.updateFirst(
        byId(planId),
        new Update().push("outbox", outbox.entryFor(event)),
        ObligationDocument.class);
  }

  /**
   * Completed exchanges that ended before a year (the survey year's targets), handed over in pages
   * by id, so that no reply grows with the number of plans.
   */
  public void forEachCompletedBefore(int year, java.util.function.Consumer<PlanFacts> each) {
    String last = "";
    while (true) {
      Query q =
          Query.query(
                  Criteria.where("completedAt")
                      .ne(null)
                      .and("exchangeEnd")
                      .lt(LocalDate.of(year, 1, 1))
                      .and("_id")
                      .gt(last))
              .with(org.springframework.data.domain.Sort.by("_id"))
              .limit(500);
      q.fields().exclude("outbox").exclude("outcomeReport").exclude("accountingReports");
      List<ObligationDocument> page = mongo.find(q, ObligationDocument.class);
      if (page.isEmpty()) {
        return;
      }
      page.forEach(d -> each.accept(PlanFacts.of(d)));
      last = page.get(page.size() - 1).planId;
    }
  }

  /** Records what reporting needs of the awarded plan. */
  public void awarded(PlanAwarded event, EventEnvelope envelope) {
    PlanSnapshot plan = event.snapshot();
    Update update =
        new Update()
            .set("callId", event.callId())
            .set("title", event.title())
            .set("course", event.course())
            .set("hostInstitutionId", event.institutionId())
            .set("hostInstitutionName", hostName(event))
            .set("awardedAmountJpy", event.awardedAmountJpy())
            .set("awardedAt", event.awardedAt())
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("status", OPEN)
            .setOnInsert("outbox", List.of());
    if (plan != null) {
      update
          .set("field", plan.field())
          .set("exchangeStart", plan.exchangeStart())
          .set("exchangeEnd", plan.exchangeEnd())
          .set("counterparts", plan.counterparts())
          .set("plannedParticipants", plan.participants().size())
          .set("awardedPeople", plan.participants());
    }
    mongo.upsert(byId(event.planId()), update, ObligationDocument.class);
  }

  private static String hostName(PlanAwarded event) {
    return event.institutionAwards().stream()
        .filter(a -> "HOST".equals(a.role()))
        .map(PlanAwarded.InstitutionAward::institutionName)
        .findFirst()
        .orElse(null);
  }

  /**
   * Upserts by plan id and adds the institution as to a set, so applying the same signature again
   * changes nothing. The plan's events arrive in order (keyed by plan id), so the first insert
   * carries the first signature.
   */
  public void open(AgreementSigned signed, EventEnvelope envelope) {
    Update update =
        new Update()
            .addToSet("institutionIds", signed.institutionId())
            .min("firstSignedAt", signed.signedAt())
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("status", OPEN)
            .setOnInsert("outbox", List.of());
    if ("HOST".equals(signed.role())) {
      update.setOnInsert("hostInstitutionId", signed.institutionId());
    }
    mongo.upsert(byId(signed.planId()), update, ObligationDocument.class);
  }

  /** Notes an institution's settlement (the exchange completes once all are settled). */
  public void settled(SettlementCompleted event) {
    mongo.upsert(
        byId(event.planId()),
        new Update()
            .addToSet("settledInstitutions", event.institutionId())
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("status", OPEN)
            .setOnInsert("outbox", List.of()),
        ObligationDocument.class);
  }

  /** A page of obligations, in the order the pageable asks for. */
  public Page<ObligationView> page(Pageable pageable) {
    Query query = new Query().with(pageable);
    Instant now = clock.instant();
    return PageableExecutionUtils.getPage(
            mongo.find(query, ObligationDocument.class),
            pageable,
            () -> mongo.count(new Query(), ObligationDocument.class))
        .map(d -> ObligationView.of(d, duties(d), now));
  }

  /** The plans an institution reports on (as host or signing partner), newest first. */
  public Page<ObligationView> ofInstitution(String institutionId, Pageable pageable) {
    Query query =
        new Query(
                new Criteria()
                    .orOperator(
                        Criteria.where("hostInstitutionId").is(institutionId),
                        Criteria.where("institutionIds").is(institutionId)))
            .with(pageable);
    Instant now = clock.instant();
    return PageableExecutionUtils.getPage(
            mongo.find(query, ObligationDocument.class),
            pageable,
            () -> mongo.count(Query.of(query).limit(-1).skip(-1), ObligationDocument.class))
        .map(d -> ObligationView.of(d, duties(d), now));
  }

  /** One plan's obligation, if reporting knows the plan. */
  public Optional<ObligationView> one(String planId) {
    return Optional.ofNullable(mongo.findById(planId, ObligationDocument.class))
        .map(d -> ObligationView.of(d, duties(d), clock.instant()));
  }

  /** One plan for a user: staff see every plan, institutions only their own, else not found. */
  public ObligationView visibleTo(String planId, CurrentUser user) {
    ObligationDocument d = document(planId, user);
    return ObligationView.of(d, duties(d), clock.instant());
  }

  ObligationDocument document(String planId, CurrentUser user) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    if (d == null || !(staff(user) || belongsTo(d, user.institutionId()))) {
      throw new NotFoundException("plan " + planId);
    }
    return d;
  }

  static boolean staff(CurrentUser user) {
    return user.has(Role.STAFF_REPORTING);
  }

  static boolean belongsTo(ObligationDocument d, String institutionId) {
    return institutionId != null
        && (institutionId.equals(d.hostInstitutionId) || d.institutionIds.contains(institutionId));
  }

  /**
   * What each institution owes: the host its participant list (by the call's date) and the outcome
   * report, every signed institution its accounting report (N days after the exchange end).
   */
  List<Duty> duties(ObligationDocument d) {
    List<Duty> duties = new ArrayList<>();
    if (d.firstSignedAt == null) {
      return duties;
    }
    LocalDate listDue = d.callId == null ? null : rules.call(d.callId).participantListDue();
    Instant listDueAt =
        listDue != null
            ? endOfDay(listDue)
            : endOfDay(
                d.firstSignedAt.atZone(JAPAN).toLocalDate().plusDays(rules.participantListDays()));
    String host = d.hostInstitutionId;
    duties.add(
        new Duty(
            DutyKind.PARTICIPANT_LIST,
            host,
            listDueAt,
            d.participantList == null ? Duty.OPEN : Duty.ACCEPTED));
    Instant reportsDue =
        d.exchangeEnd == null ? null : endOfDay(d.exchangeEnd.plusDays(rules.reportDueDays()));
    duties.add(
        new Duty(
            DutyKind.OUTCOME_REPORT,
            host,
            reportsDue,
            d.outcomeReport == null ? Duty.OPEN : d.outcomeReport.state()));
    for (String institution : d.institutionIds) {
      String state =
          d.accountingReports.stream()
              .filter(r -> r.institutionId().equals(institution))
              .map(ObligationDocument.AccountingReport::state)
              .findFirst()
              .orElse(Duty.OPEN);
      duties.add(new Duty(DutyKind.ACCOUNTING_REPORT, institution, reportsDue, state));
    }
    return duties;
  }

  /** The end of a day in Japan: a report due on that day may come until midnight JST. */
  static Instant endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(JAPAN).toInstant();
  }

  /** Remembers the address of an institution's user, to send them reminders. */
  public void noteContact(String planId, CurrentUser user) {
    if (user.email() == null || user.institutionId() == null || staff(user)) {
      return;
    }
    mongo.updateFirst(
        byId(planId),
        new Update()
            .addToSet(
                "contacts", new ObligationDocument.Contact(user.institutionId(), user.email())),
        ObligationDocument.class);
  }

  /** What the rest of reporting needs of a plan, if it is known. */
  public Optional<PlanFacts> facts(String planId) {
    return Optional.ofNullable(mongo.findById(planId, ObligationDocument.class)).map(PlanFacts::of);
  }

  /** The plan, if the user may see it (staff, or one of its institutions), else not found. */
  public PlanFacts factsFor(String planId, CurrentUser user) {
    return PlanFacts.of(document(planId, user));
  }

  /** What stands in for an erased person's name. */
  public static final String ERASED = "(erased)";

  /** The known addresses of an institution's users for a plan. */
  public List<String> contacts(String planId, String institutionId) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    if (d == null) {
      return List.of();
    }
    return d.contacts.stream()
        .filter(c -> c.institutionId().equals(institutionId))
        .map(ObligationDocument.Contact::email)
        .distinct()
        .toList();
  }

  static Query byId(String planId) {
    return Query.query(Criteria.where("_id").is(planId));
  }
}
