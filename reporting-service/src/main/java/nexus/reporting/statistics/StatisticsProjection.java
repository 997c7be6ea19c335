package nexus.reporting.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nexus.events.PaymentDisbursed;
import nexus.events.PlanAwarded;
import nexus.events.SettlementCompleted;
import nexus.reporting.institution.InstitutionDirectory;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.statistics.domain.Contribution;
import nexus.reporting.statistics.domain.Contribution.Cell;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the statistics as counters, updated incrementally (mongo-java-server's aggregation is
 * partial and slow, and a dashboard over a million participants must answer at once): each plan's
 * last contribution is kept, and a new participant list adds only the difference to the counters of
 * its call and of all calls. Budget counters per call are added to once per event (the inbox
 * applies each event once).
 */
@Service
public class StatisticsProjection {

  public static final String ALL = "ALL";

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final InstitutionDirectory institutions;

  StatisticsProjection(
      MongoTemplate mongo, Obligations obligations, InstitutionDirectory institutions) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.institutions = institutions;
  }

  /** A counter: people and person-days of a call (or ALL), dimension and value. */
  @Document("statistics_counters")
  static class Counter {
    @Id String id;
    String callId;
    String dimension;
    String value;
    long people;
    long personDays;
  }

  /** What a plan last added, so a corrected list replaces it. */
  @Document("statistics_plans")
  static class PlanContribution {
    @Id String planId;
    String callId;
    List<Entry> cells = new ArrayList<>();
  }

  /** A cell of a plan's contribution (a list: values may hold characters map keys may not). */
  record Entry(String key, long people, long personDays) {}

  /** Budget figures of a call (or ALL). */
  @Document("statistics_budget")
  static class Budget {
    @Id String callId;
    long plans;
    long awardedJpy;
    long disbursedJpy;
    long spentJpy;
    long refundedJpy;
  }

  /** Applies a plan's (new or corrected) participant list to the counters. */
  public void participants(String planId) {
    PlanFacts plan = obligations.facts(planId).orElse(null);
    if (plan == null) {
      return;
    }
    participants(
        planId,
        plan.callId(),
        plan.participants(),
        plan.field(),
        plan.course(),
        institutions.typeOf(plan.hostInstitutionId()).orElse(null));
  }

  /** Applies one plan's participants (the benchmark feeds this directly). */
  public void participants(
      String planId,
      String callId,
      List<ConfirmedParticipant> people,
      String field,
      String course,
      String institutionType) {
    Map<String, Cell> next = Contribution.of(people, field, course, institutionType);
    PlanContribution before = mongo.findById(planId, PlanContribution.class);
    Map<String, Cell> previous = new HashMap<>();
    if (before != null) {
      before.cells.forEach(e -> previous.put(e.key(), new Cell(e.people(), e.personDays())));
    }
    Set<String> keys = new HashSet<>(next.keySet());
    keys.addAll(previous.keySet());
    String call = callId == null ? "UNKNOWN" : callId;
    for (String key : keys) {
      Cell delta =
          next.getOrDefault(key, new Cell(0, 0)).minus(previous.getOrDefault(key, new Cell(0, 0)));
      if (delta.people() == 0 && delta.personDays() == 0) {
        continue;
      }
      String[] parts = key.split("\\|", 2);
      increment(call, parts[0], parts[1], delta);
      increment(ALL, parts[0], parts[1], delta);
    }
    PlanContribution saved = new PlanContribution();
    saved.planId = planId;
    saved.callId = call;
    saved.cells =
        next.entrySet().stream()
            .map(e -> new Entry(e.getKey(), e.getValue().people(), e.getValue().personDays()))
            .toList();
    mongo.save(saved);
  }

  private void increment(String callId, String dimension, String value, Cell delta) {
    mongo.upsert(
        Query.query(Criteria.where("_id").is(callId + "|" + dimension + "|" + value)),
        new Update()
            .setOnInsert("callId", callId)
            .setOnInsert("dimension", dimension)
            .setOnInsert("value", value)
            .inc("people", delta.people())
            .inc("personDays", delta.personDays()),
        Counter.class);
  }

  /** Anonymising people changes no count: the counters hold no names. */
  public void awarded(PlanAwarded event) {
    budget(
        event.callId(), new Update().inc("plans", 1).inc("awardedJpy", event.awardedAmountJpy()));
  }

  public void disbursed(PaymentDisbursed event) {
    budget(callOf(event.planId()), new Update().inc("disbursedJpy", event.amountJpy()));
  }

  public void settled(SettlementCompleted event) {
    budget(
        callOf(event.planId()),
        new Update()
            .inc("spentJpy", event.spentAmountJpy())
            .inc("refundedJpy", event.refundAmountJpy()));
  }

  private String callOf(String planId) {
    return obligations.facts(planId).map(PlanFacts::callId).orElse("UNKNOWN");
  }

  private void budget(String callId, Update update) {
    String call = callId == null ? "UNKNOWN" : callId;
    mongo.upsert(Query.query(Criteria.where("_id").is(call)), update, Budget.class);
    mongo.upsert(Query.query(Criteria.where("_id").is(ALL)), update, Budget.class);
  }

  // ---- reading

  /** One row of a people table. */
  public record Row(String value, long people, long personDays) {}

  /** People and person-days by each dimension for a call (or ALL), largest first. */
  public Map<String, List<Row>> people(String callId) {
    Query q = Query.query(Criteria.where("callId").is(callId == null ? ALL : callId));
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    Contribution.DIMENSIONS.forEach(d -> tables.put(d, new ArrayList<>()));
    for (Counter c : mongo.find(q, Counter.class)) {
      if (c.people == 0 && c.personDays == 0) {
        continue;
      }
      tables
          .computeIfAbsent(c.dimension, k -> new ArrayList<>())
          .add(new Row(c.value, c.people, c.personDays));
    }
    tables.values().forEach(rows -> rows.sort((a, b) -> Long.compare(b.people(), a.people())));
    return tables;
  }

  /** Budget per call. */
  public record BudgetRow(
      String callId,
      long plans,
      long awardedJpy,
      long disbursedJpy,
      long spentJpy,
      long refundedJpy) {}

  /** Budget figures of every call, ALL last. */
  public List<BudgetRow> budget() {
    List<BudgetRow> rows = new ArrayList<>();
    BudgetRow all = null;
    for (Budget b : mongo.findAll(Budget.class)) {
      BudgetRow row =
          new BudgetRow(b.callId, b.plans, b.awardedJpy, b.disbursedJpy, b.spentJpy, b.refundedJpy);
      if (ALL.equals(b.callId)) {
        all = row;
      } else {
        rows.add(row);
      }
    }
    rows.sort((a, b) -> a.callId().compareTo(b.callId()));
    if (all != null) {
      rows.add(all);
    }
    return rows;
  }

  /** The calls that have figures. */
  public List<String> calls() {
    return budget().stream().map(BudgetRow::callId).filter(c -> !ALL.equals(c)).toList();
  }
}
