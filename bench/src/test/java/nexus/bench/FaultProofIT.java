package nexus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nexus.intake.call.domain.Call;
import nexus.intake.plan.DraftRequests.DraftEdit;
import nexus.intake.plan.DraftRequests.NewDraft;
import nexus.intake.plan.PlanDrafts;
import nexus.intake.plan.domain.Course;
import nexus.web.CurrentUser;
import nexus.web.Role;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault proofs (issue 8). A burst of 2,000 submissions during which the Kafka broker goes down
 * and comes back, review-service dies and is started again, and the Mongo-compatible server
 * restarts (every connection dropped, the store reopened from disk); applicants whose request
 * failed try again with the same Idempotency-Key, as the pages and API clients do. Then review
 * staff award 200 of the plans (a second call's, decided through review's own services) while
 * contract-service is down; contract comes back to the backlog and is killed again in the middle of
 * it (proved: it had applied some awards, not all, and its consumer group had records left) and
 * started once more. Then the counts, in every service: each plan submitted once with one {@code
 * plan.submitted} on the topic, a review case and one submission step at intake; each awarded plan
 * one {@code plan.awarded} on review's topic and one award step at intake (the others none), once
 * in intake, contract (case) and reporting (obligation), and reporting's award counters
 * (incremented per applied award, so a second apply would show) equal to the awards; no dead letter
 * and no outbox backlog in any service.
 */
class FaultProofIT {

  static final int PLANS = 2_000;
  static final int APPLICANTS_AT_ONCE = 16;

  /**
   * The plans review decides (and awards, all of them): those of a second call, open at the same
   * time, drafted by the first {@code AWARDED / 2} PIs. A call of their own keeps the decision to
   * them — finalising the big call would send {@code plan.not-selected} for 1,800 more plans, a
   * minute and a half of intake's timeline on two cores for nothing the proof needs.
   */
  static final int AWARDED = 200;

  static final int DECIDED_YEAR = 2036;

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aBurstAndAnAwardThroughBrokerConsumerAndDatabaseRestartsLoseNothingAndApplyNothingTwice()
      throws Exception {
    Instant began = Instant.now();
    try (BenchSuite suite = BenchSuite.start(List.of(), "h2")) {
      took("suite start", began);
      LocalDateTime closes = LocalDateTime.now(JAPAN).plusDays(1);
      Call call = suite.openCall(closes);
      Call decided = suite.openCall(DECIDED_YEAR, closes);
      Instant limit = Instant.now().plus(Duration.ofMinutes(12));
      Instant setup = Instant.now();
      List<Draft> drafts = draft(suite, call, decided, limit);
      assertThat(drafts).hasSize(PLANS);
      List<String> planIds = drafts.stream().map(Draft::planId).toList();
      List<String> awarded =
          drafts.stream().filter(d -> d.callId().equals(decided.id())).map(Draft::planId).toList();
      assertThat(awarded).hasSize(AWARDED);
      took("drafting (setup)", setup);

      // the decided call's plans anywhere in the burst, so that the faults meet them too
      List<Draft> burstOrder = new ArrayList<>(drafts);
      Collections.shuffle(burstOrder, new Random(8));
      Instant burst = Instant.now();
      burst(suite, burstOrder, limit);
      took("burst", burst);
      // a client of its own after the database's restart, as an operator's would be
      try (MongoClient mongo = MongoClients.create(suite.mongoUri())) {
        awardThenCountEverywhere(suite, mongo, planIds, decided.id(), awarded);
      }
    }
  }

  /** The award (contract dying in the middle of it), then every count in every service. */
  private static void awardThenCountEverywhere(
      BenchSuite suite,
      MongoClient mongo,
      List<String> planIds,
      String decidedCall,
      List<String> awarded) {
    SuiteLedger ledger = new SuiteLedger(suite, mongo);
    MongoDatabase intake = mongo.getDatabase("intake");
    MongoDatabase review = mongo.getDatabase("review");
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                ledger.outboxBacklog("intake") == 0
                    && ledger.lag("review-service", "nexus.intake.events") == 0
                    && review.getCollection("review_cases").countDocuments() >= PLANS);

    Instant award = Instant.now();
    awardWhileContractDiesMidConsumption(suite, ledger, mongo, decidedCall, awarded);
    took("award with contract's deaths", award);

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> delivered(ledger, mongo, awarded));
    took("award delivered everywhere", award);
    assertSubmissionsOnceEverywhere(ledger, intake, review, planIds);
    assertDecisionsOnceEverywhere(ledger, mongo, planIds, awarded, decidedCall);
    assertThat(ledger.deadLetters())
        .as("dead letters per service")
        .allSatisfy((s, n) -> assertThat(n).isZero());
    assertThat(ledger.outboxBacklog())
        .as("outbox backlog per service")
        .allSatisfy((s, n) -> assertThat(n).isZero());
  }

  /** The burst, with the broker, a consumer (review) and the database failing during it. */
  private static void burst(BenchSuite suite, List<Draft> drafts, Instant limit) throws Exception {
    AtomicInteger submitted = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger faultsDone = new AtomicInteger();
    Map<String, Integer> retried = Collections.synchronizedMap(new HashMap<>());
    Thread faults =
        Thread.ofPlatform().name("faults").start(() -> inject(suite, submitted, faultsDone));
    boolean complete =
        Workers.run(
            APPLICANTS_AT_ONCE,
            drafts,
            limit,
            draft -> {
              // the burst may run ahead of a fault by a little, never past it
              int n = started.incrementAndGet();
              await()
                  .atMost(Duration.ofMinutes(5))
                  .until(() -> faultsDone.get() >= faultsBefore(n - SLACK));
              submit(suite, draft, retried);
              submitted.incrementAndGet();
            });
    faults.join(Duration.ofMinutes(3).toMillis());
    assertThat(complete).as("every draft submitted before the time limit").isTrue();
    assertThat(faults.isAlive()).as("every fault injected").isFalse();
    System.out.println("submissions tried again after a failure, by cause: " + retried);
  }

  /**
   * Review staff decide the call while contract-service is down; contract starts on the backlog and
   * is killed once it has applied some awards, then started again.
   */
  private static void awardWhileContractDiesMidConsumption(
      BenchSuite suite,
      SuiteLedger ledger,
      MongoClient mongo,
      String callId,
      List<String> awarded) {
    AwardDecision.prepare(suite.context("review"), callId, awarded);
    suite.stopService("contract");
    AwardDecision.finalise(suite.context("review"), callId);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> ledger.outboxBacklog("review") == 0);
    long backlog = ledger.lag("contract-service", "nexus.review.events");
    System.out.println("contract-service down, review's decisions waiting for it: " + backlog);

    // small polls, so that the kill lands within a few dozen awards of the first applied one on
    // any machine: a stopping consumer still finishes the records of the poll it is in
    suite.startService(
        "contract",
        Map.of(
            "spring.cloud.stream.kafka.bindings.reviewEvents-in-0.consumer.configuration"
                + ".max.poll.records",
            5));
    MongoCollection<Document> cases =
        mongo.getDatabase(ledger.database("contract")).getCollection("contract_cases");
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> cases.countDocuments() > 0);
    Instant killed = Instant.now();
    suite.stopService("contract");
    took("contract-service's stop", killed);
    long applied = cases.countDocuments(Filters.in("_id", awarded));
    long unconsumed = ledger.lag("contract-service", "nexus.review.events");
    System.out.println(
        "contract-service killed mid-consumption: "
            + applied
            + " of "
            + awarded.size()
            + " awards applied, "
            + unconsumed
            + " records of review's topic not consumed");
    assertThat(applied)
        .as("awards contract applied before it died")
        .isBetween(1L, awarded.size() - 1L);
    assertThat(unconsumed).as("records contract had not consumed when it died").isPositive();
    suite.startService("contract");
  }

  private static void took(String phase, Instant since) {
    System.out.println(phase + ": " + Duration.between(since, Instant.now()).toSeconds() + " s");
  }

  /** Where in the burst each fault comes: broker down, broker back, consumer, database. */
  static final int[] FAULTS_AT = {300, 700, 1_000, 1_400};

  /** How far past a fault's point the burst may run while the fault is being injected. */
  static final int SLACK = 60;

  private static int faultsBefore(int submission) {
    int due = 0;
    for (int at : FAULTS_AT) {
      if (submission >= at) {
        due++;
      }
    }
    return due;
  }

  /** The faults, each when the burst has reached its point, while submissions are in flight. */
  private static void inject(BenchSuite suite, AtomicInteger submitted, AtomicInteger done) {
    awaitCount(submitted, FAULTS_AT[0]);
    suite.stopKafka();
    report("Kafka broker down", submitted, done);
    awaitCount(submitted, FAULTS_AT[1]);
    suite.startKafka();
    report("Kafka broker back", submitted, done);
    awaitCount(submitted, FAULTS_AT[2]);
    suite.stopService("review");
    // how far behind review was when it died (not asserted: it may have kept up with the burst)
    long behind = SuiteLedger.lag(suite.kafkaBrokers(), "review-service", "nexus.intake.events");
    suite.startService("review");
    report("review-service restarted (" + behind + " records not consumed)", submitted, done);
    awaitCount(submitted, FAULTS_AT[3]);
    suite.restartMongo();
    report("Mongo server restarted", submitted, done);
  }

  private static void report(String fault, AtomicInteger submitted, AtomicInteger done) {
    System.out.println("fault: " + fault + " at " + submitted.get() + " submissions");
    done.incrementAndGet();
  }

  private static void awaitCount(AtomicInteger count, int reached) {
    await().atMost(Duration.ofMinutes(10)).until(() -> count.get() >= reached);
  }

  /** A draft ready to submit, who submits it, and its call. */
  record Draft(CurrentUser pi, String planId, String callId) {}

  /**
   * The setup, through intake's own service (not measured, not the point of this test): two plans
   * per PI, in the decided call for the first {@code AWARDED / 2} PIs, in the other for the rest.
   */
  private static List<Draft> draft(BenchSuite suite, Call call, Call decided, Instant limit) {
    PlanDrafts drafts = suite.context("intake").getBean(PlanDrafts.class);
    PlanContents mainContents = new PlanContents(call);
    PlanContents decidedContents = new PlanContents(decided);
    List<Applicants.Pi> pis = Applicants.generate(PLANS / 2, 200);
    List<Draft> ready = Collections.synchronizedList(new ArrayList<>());
    boolean complete =
        Workers.run(
            4,
            pis,
            limit,
            pi -> {
              int index = Integer.parseInt(pi.username().substring(3));
              CurrentUser user =
                  new CurrentUser(
                      pi.username(),
                      "PI " + pi.username(),
                      pi.institutionId(),
                      "Fault University " + pi.institutionId(),
                      Set.of(Role.APPLICANT),
                      pi.username() + "@fault.example");
              Call in = index < AWARDED / 2 ? decided : call;
              PlanContents contents = in == decided ? decidedContents : mainContents;
              for (Course course : Course.values()) {
                String id =
                    drafts.start(user, new NewDraft(in.id(), course, "Draft of " + pi)).plan().id();
                DraftEdit edit =
                    JSON.readValue(
                        contents.draftEdit(course, pi.username(), index), DraftEdit.class);
                if (!drafts.edit(user, id, edit).violations().isEmpty()) {
                  throw new IllegalStateException("draft breaks rules: " + id);
                }
                List<String> kinds = new ArrayList<>(List.of("PLAN", "EXPORT_CONTROL_HOST"));
                if (PlanContents.hasFundedPartner(course)) {
                  kinds.add("EXPORT_CONTROL_PARTNER");
                }
                for (String kind : kinds) {
                  drafts.upload(user, id, kind, kind + ".pdf", PlanContents.pdf(kind + " " + id));
                }
                ready.add(new Draft(user, id, in.id()));
              }
            });
    assertThat(complete).as("setup finished before the time limit").isTrue();
    return ready;
  }

  /**
   * Submits as an applicant would: a failed request (database restarting) is sent again with the
   * same Idempotency-Key until it is answered.
   */
  private static void submit(BenchSuite suite, Draft draft, Map<String, Integer> retried) {
    String key = UUID.randomUUID().toString();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              try {
                // the context is looked up each time: a restarted intake would be a new one
                suite
                    .context("intake")
                    .getBean(PlanDrafts.class)
                    .submit(draft.pi(), draft.planId(), key);
                return true;
              } catch (RuntimeException e) {
                retried.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                return false;
              }
            });
  }

  /**
   * Everything the award caused has arrived everywhere, and every outbox is empty. The consumer
   * groups' lag is asked first: it costs the database nothing while the consumers still work (the
   * Mongo-compatible server serialises the queries of a collection).
   */
  private static boolean delivered(SuiteLedger ledger, MongoClient mongo, List<String> awarded) {
    for (String group : List.of("intake-service", "contract-service", "reporting-service")) {
      if (ledger.lag(group, "nexus.review.events") > 0) {
        return false;
      }
    }
    return ledger.outboxBacklog().values().stream().allMatch(n -> n == 0)
        && count(mongo, ledger, "contract", "contract_cases", awarded) == awarded.size()
        && count(mongo, ledger, "reporting", "obligations", awarded) == awarded.size()
        && count(mongo, ledger, "intake", "awarded_plans", awarded) == awarded.size()
        && mongo
                .getDatabase(ledger.database("intake"))
                .getCollection("timeline")
                .countDocuments(Filters.in("type", DECISIONS))
            >= AWARDED
        && mongo
                .getDatabase(ledger.database("intake"))
                .getCollection("timeline")
                .countDocuments(Filters.eq("type", "plan.submitted"))
            >= PLANS;
  }

  static final Set<String> DECISIONS = Set.of("plan.awarded", "plan.not-selected");

  /**
   * Every plan submitted once, with one {@code plan.submitted} on intake's topic (a re-sent record
   * keeps its event id), a review case, and one step at intake.
   */
  private static void assertSubmissionsOnceEverywhere(
      SuiteLedger ledger, MongoDatabase intake, MongoDatabase review, List<String> planIds) {
    assertThat(
            intake
                .getCollection("plans")
                .countDocuments(
                    Filters.and(
                        Filters.in("_id", planIds),
                        Filters.eq("status", "SUBMITTED"),
                        Filters.eq("submissionVersion", 1))))
        .as("every plan submitted exactly once")
        .isEqualTo(PLANS);
    Map<String, Map<String, Set<String>>> onTopic =
        ledger.eventIds("nexus.intake.events", Set.of("plan.submitted"));
    assertThat(onTopic.keySet()).containsExactlyInAnyOrderElementsOf(planIds);
    assertThat(onTopic.values())
        .as("one plan.submitted per plan on intake's topic")
        .allMatch(byType -> byType.get("plan.submitted").size() == 1);
    assertThat(review.getCollection("review_cases").countDocuments(Filters.in("_id", planIds)))
        .as("every plan is a review case")
        .isEqualTo(PLANS);
    Map<String, List<String>> steps = ledger.timelineSteps(Set.of("plan.submitted"));
    assertThat(planIds)
        .as("one submission step per plan on intake's timeline")
        .allMatch(id -> steps.getOrDefault(id, List.of()).size() == 1);
  }

  /**
   * Every awarded plan one {@code plan.awarded} on review's topic and one award step at intake, the
   * undecided plans none; every awarded plan once in intake, contract and reporting; reporting's
   * award counters, which each applied award increments, equal to the awards.
   */
  private static void assertDecisionsOnceEverywhere(
      SuiteLedger ledger,
      MongoClient mongo,
      List<String> planIds,
      List<String> awarded,
      String callId) {
    Map<String, Map<String, Set<String>>> onTopic =
        ledger.eventIds("nexus.review.events", DECISIONS);
    Map<String, List<String>> steps = ledger.timelineSteps(DECISIONS);
    for (String id : planIds) {
      if (awarded.contains(id)) {
        assertThat(onTopic.get(id))
            .as("the decision of " + id + " on review's topic")
            .containsOnlyKeys("plan.awarded")
            .allSatisfy((type, ids) -> assertThat(ids).hasSize(1));
        assertThat(steps.get(id))
            .as("the decision step of " + id + " at intake")
            .containsExactly("plan.awarded");
      } else {
        assertThat(onTopic.get(id)).as("no decision yet for " + id).isNull();
        assertThat(steps.get(id)).as("no decision step yet for " + id).isNull();
      }
    }
    assertThat(count(mongo, ledger, "intake", "awarded_plans", awarded)).isEqualTo(awarded.size());
    assertThat(count(mongo, ledger, "contract", "contract_cases", awarded))
        .as("every awarded plan a contract case")
        .isEqualTo(awarded.size());
    assertThat(count(mongo, ledger, "contract", "awarded_plans", awarded))
        .isEqualTo(awarded.size());
    assertThat(count(mongo, ledger, "reporting", "obligations", awarded))
        .as("every awarded plan a reporting obligation")
        .isEqualTo(awarded.size());

    long amounts = 0;
    for (Document c :
        mongo
            .getDatabase(ledger.database("review"))
            .getCollection("review_cases")
            .find(Filters.in("_id", awarded))) {
      Document decision = c.get("decision", Document.class);
      amounts += decision.getLong("hostJpy") + decision.getLong("partnerJpy");
    }
    Document budget =
        mongo
            .getDatabase(ledger.database("reporting"))
            .getCollection("statistics_budget")
            .find(Filters.eq("_id", callId))
            .first();
    assertThat(budget.get("plans", Number.class).longValue())
        .as("reporting counted each award once")
        .isEqualTo(awarded.size());
    assertThat(budget.get("awardedJpy", Number.class).longValue())
        .as("reporting summed each award once")
        .isEqualTo(amounts);
  }

  private static long count(
      MongoClient mongo, SuiteLedger ledger, String service, String collection, List<String> ids) {
    return mongo
        .getDatabase(ledger.database(service))
        .getCollection(collection)
        .countDocuments(Filters.in("_id", ids));
  }
}
