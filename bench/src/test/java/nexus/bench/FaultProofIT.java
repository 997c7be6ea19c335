package nexus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.intake.call.domain.Call;
import nexus.intake.plan.DraftRequests.DraftEdit;
import nexus.intake.plan.DraftRequests.NewDraft;
import nexus.intake.plan.PlanDrafts;
import nexus.intake.plan.domain.Course;
import nexus.web.CurrentUser;
import nexus.web.Role;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault proofs: a burst of 2,000 submissions during which the Kafka broker goes down and comes
 * back, review-service dies mid-consumption and is started again, and the Mongo-compatible server
 * restarts (every connection dropped, the store reopened from disk). Applicants whose request
 * failed try again with the same Idempotency-Key, as the pages and API clients do. Then the counts:
 * every plan submitted once, one {@code plan.submitted} per plan on the topic, every plan a review
 * case and a step on intake's own timeline, nothing applied twice, no dead letter, no event left in
 * an outbox.
 */
class FaultProofIT {

  static final int PLANS = 2_000;
  static final int APPLICANTS_AT_ONCE = 16;
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aBurstThroughBrokerServiceAndDatabaseRestartsLosesNothingAndAppliesNothingTwice()
      throws Exception {
    try (BenchSuite suite = BenchSuite.start(List.of(), "h2")) {
      Call call = suite.openCall(LocalDateTime.now(JAPAN).plusDays(1));
      Instant limit = Instant.now().plus(Duration.ofMinutes(12));
      List<Draft> drafts = draft(suite, call, limit);
      assertThat(drafts).hasSize(PLANS);

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

      try (MongoClient mongo = MongoClients.create(suite.mongoUri())) {
        MongoDatabase intake = mongo.getDatabase("intake");
        MongoDatabase review = mongo.getDatabase("review");
        await()
            .atMost(Duration.ofMinutes(4))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    intake.getCollection("plans").countDocuments(Filters.exists("outbox.0")) == 0
                        && review.getCollection("review_cases").countDocuments() >= PLANS
                        && intake
                                .getCollection("timeline")
                                .countDocuments(Filters.eq("type", "plan.submitted"))
                            >= PLANS);

        Set<String> planIds = new HashSet<>(drafts.stream().map(Draft::planId).toList());
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

        Map<String, Set<String>> eventIdsByPlan = submittedOnTheTopic(suite.kafkaBrokers());
        assertThat(eventIdsByPlan.keySet()).containsExactlyInAnyOrderElementsOf(planIds);
        assertThat(eventIdsByPlan.values())
            .as("one plan.submitted per plan (a re-sent record keeps its event id)")
            .allMatch(ids -> ids.size() == 1);

        assertThat(review.getCollection("review_cases").countDocuments(Filters.in("_id", planIds)))
            .as("every plan is a review case")
            .isEqualTo(PLANS);
        assertThat(
                review
                    .getCollection("inbox")
                    .countDocuments(
                        Filters.and(
                            Filters.eq("type", "plan.submitted"), Filters.eq("state", "DONE"))))
            .as("review applied each plan.submitted once")
            .isEqualTo(PLANS);
        assertThat(review.getCollection("dead_letters").countDocuments()).isZero();
        assertThat(
                intake
                    .getCollection("timeline")
                    .countDocuments(Filters.eq("type", "plan.submitted")))
            .as("intake's own consumer recorded each submission once")
            .isEqualTo(PLANS);
      }
    }
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
    suite.restartService("review");
    report("review-service restarted", submitted, done);
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

  /** A draft ready to submit, and who submits it. */
  record Draft(CurrentUser pi, String planId) {}

  /** The setup, through intake's own service (not measured, not the point of this test). */
  private static List<Draft> draft(BenchSuite suite, Call call, Instant limit) {
    PlanDrafts drafts = suite.context("intake").getBean(PlanDrafts.class);
    PlanContents contents = new PlanContents(call);
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
              for (Course course : Course.values()) {
                String id =
                    drafts
                        .start(user, new NewDraft(call.id(), course, "Draft of " + pi))
                        .plan()
                        .id();
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
                ready.add(new Draft(user, id));
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

  /** Every plan.submitted on intake's topic: the event ids per plan. */
  private static Map<String, Set<String>> submittedOnTheTopic(String brokers) {
    Properties props = new Properties();
    props.put("bootstrap.servers", brokers);
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    EventCodec codec = new EventCodec();
    Map<String, Set<String>> byPlan = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("nexus.intake.events").stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
          EventEnvelope envelope = codec.decode(r.value());
          if (envelope.type().equals("plan.submitted")) {
            byPlan.computeIfAbsent(envelope.key(), k -> new HashSet<>()).add(envelope.eventId());
          }
        }
      }
    }
    return byPlan;
  }
}
