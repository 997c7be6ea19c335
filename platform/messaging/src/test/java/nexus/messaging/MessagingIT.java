package nexus.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.PlanSubmitted;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Outbox, relay, inbox and dead letters against real infrastructure: the embedded broker and
 * Mongo-compatible server here, real Kafka and MongoDB 7 in {@link MessagingContainersIT}.
 */
@SpringBootTest(classes = MessagingTestApp.class)
@WithEmbeddedInfrastructure
class MessagingIT {

  /** Takes the broker away; overridden where the broker is a container. */
  void brokerDown() {
    EmbeddedInfrastructure.stopKafkaBroker();
  }

  void brokerBack() {
    EmbeddedInfrastructure.restartKafkaBroker();
  }

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired MongoTemplate mongo;
  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired OutboxHints hints;
  @Autowired DeadLetters deadLetters;
  @Autowired EventInbox inbox;
  @Autowired nexus.events.EventCodec codec;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  @Test
  void eventSavedWithItsStateChangeIsRelayedAndAppliedOnce() {
    String planId = save(submitted("ok"));

    await().atMost(PATIENCE).until(() -> appliedTimes(planId) == 1);
    await().atMost(PATIENCE).until(() -> pendingIn(planId) == 0);
  }

  @Test
  void traceIdOfTheCausingRequestShowsInTheConsumersLogContext() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String planId;
    org.slf4j.MDC.put("traceId", traceId);
    org.slf4j.MDC.put("spanId", "00f067aa0ba902b7");
    try {
      planId = save(submitted("traced"));
    } finally {
      org.slf4j.MDC.clear();
    }

    await().atMost(PATIENCE).until(() -> appliedTimes(planId) == 1);
    assertThat(MessagingTestApp.TRACE_IDS).containsEntry(planId, traceId);
  }

  @Test
  void sameEventDeliveredTwiceIsAppliedOnce() {
    double duplicatesBefore = duplicatesSkipped();
    PlanSubmitted event = submitted("twice");
    OutboxEntry entry = outbox.entryFor(event);
    MessagingTestApp.Widget widget = new MessagingTestApp.Widget(event.planId());
    widget.outbox.addAll(List.of(entry, entry));
    mongo.save(widget);

    await().atMost(PATIENCE).until(() -> duplicatesSkipped() >= duplicatesBefore + 1);
    assertThat(processed(entry.eventId())).isTrue();
    assertThat(appliedTimes(event.planId())).isEqualTo(1);
  }

  @Test
  void poisonEventGoesToDeadLettersThePartitionKeepsFlowingAndReplayApplies() {
    MessagingTestApp.POISON_FAILS.set(true);
    PlanSubmitted poison = submitted("poison");
    String poisonId = save(poison);
    // same plan, so same key and partition: the event behind the poison must still arrive
    PlanSubmitted behind = withTitle(poison, "behind-the-poison");
    saveAs("W-" + UUID.randomUUID(), behind);

    await().atMost(PATIENCE).until(() -> appliedTimes(poisonId) == 1);
    await().atMost(PATIENCE).until(() -> deadLetterFor(poisonId) != null);
    DeadLetter letter = deadLetterFor(poisonId);
    assertThat(letter.status()).isEqualTo("NEW");
    assertThat(letter.error()).contains("cannot apply poison plan");
    assertThat(appliedTimes(poisonId)).as("only the event behind the poison").isEqualTo(1);

    assertThat(deadLetters.replay(letter.id()).status()).isEqualTo("REPLAY_FAILED");
    MessagingTestApp.POISON_FAILS.set(false);
    assertThat(deadLetters.replay(letter.id()).status()).isEqualTo("REPLAYED");
    assertThat(deadLetters.replay(letter.id()).status()).isEqualTo("REPLAYED");
    assertThat(appliedTimes(poisonId)).as("the poison once, after its replay").isEqualTo(2);
  }

  @Test
  void eventRecordedWhileTheBrokerIsDownIsDeliveredWhenItIsBack() {
    brokerDown();
    String planId;
    try {
      planId = save(submitted("broker-down"));
      await().pollDelay(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> true);
      assertThat(pendingIn(planId)).as("kept in the outbox while Kafka is down").isEqualTo(1);
    } finally {
      brokerBack();
    }
    await().atMost(PATIENCE).until(() -> appliedTimes(planId) == 1);
    assertThat(pendingIn(planId)).isZero();
  }

  @Test
  void claimLeftByAProcessThatDiedIsTakenOverAndTheEventApplied() {
    PlanSubmitted event = submitted("claimed-then-crashed");
    OutboxEntry entry = outbox.entryFor(event);
    mongo
        .getCollection("inbox")
        .insertOne(
            new Document("_id", entry.eventId())
                .append("state", "CLAIMED")
                .append(
                    "claimedAt", java.util.Date.from(Instant.now().minus(Duration.ofHours(1)))));
    MessagingTestApp.Widget widget = new MessagingTestApp.Widget(event.planId());
    widget.outbox.add(entry);
    mongo.save(widget);

    await().atMost(PATIENCE).until(() -> appliedTimes(event.planId()) == 1);
    await().atMost(PATIENCE).until(() -> processedDone(entry.eventId()));
  }

  @Test
  void twoDeliveriesRacingEachOtherApplyTheEventOnce() throws Exception {
    PlanSubmitted event = submitted("raced");
    byte[] bytes = codec.encode(codec.decode(outbox.entryFor(event).envelope()));
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Callable<EventInbox.Outcome> deliver =
          () -> {
            start.await();
            return inbox.handle(bytes);
          };
      var first = pool.submit(deliver);
      var second = pool.submit(deliver);
      assertThat(List.of(first.get(), second.get()))
          .containsExactlyInAnyOrder(EventInbox.Outcome.APPLIED, EventInbox.Outcome.DUPLICATE);
    } finally {
      pool.shutdownNow();
    }
    assertThat(appliedTimes(event.planId())).isEqualTo(1);
  }

  @Test
  void entryTheBrokerRefusesIsMarkedAndHoldsBackNoOtherAggregate() {
    PlanSubmitted tooLarge = withTitle(submitted("x"), "x".repeat(1_100_000));
    String refusedId = save(tooLarge);
    String next = save(submitted("after-the-refused-one"));

    await().atMost(PATIENCE).until(() -> appliedTimes(next) == 1);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              Document entry =
                  mongo
                      .getCollection("widgets")
                      .find(new Document("_id", refusedId))
                      .first()
                      .getList("outbox", Document.class)
                      .get(0);
              assertThat(entry.getInteger("attempts")).isPositive();
              assertThat(entry.getString("lastError")).isNotBlank();
            });
    mongo.getCollection("widgets").deleteOne(new Document("_id", refusedId));
  }

  @Test
  void eventStoredBeforeTheRelayRanIsDeliveredAfterARestart() {
    relay.stop();
    String planId;
    try {
      planId = save(submitted("crash-before-relay"));
      assertThat(pendingIn(planId)).isEqualTo(1);
      hints.drain(); // what a process that died knew of its entries is gone
    } finally {
      relay.start();
    }
    await().atMost(PATIENCE).until(() -> appliedTimes(planId) == 1);
  }

  private String save(PlanSubmitted event) {
    return saveAs(event.planId(), event);
  }

  private String saveAs(String widgetId, PlanSubmitted event) {
    MessagingTestApp.Widget widget = new MessagingTestApp.Widget(widgetId);
    widget.outbox.add(outbox.entryFor(event));
    mongo.save(widget);
    return event.planId();
  }

  private static PlanSubmitted withTitle(PlanSubmitted e, String title) {
    return new PlanSubmitted(
        e.planId(),
        e.callId(),
        e.institutionId(),
        e.institutionName(),
        e.course(),
        title,
        e.counterpartCountries(),
        e.requestedAmountJpy(),
        e.submittedAt(),
        e.submissionVersion());
  }

  private double duplicatesSkipped() {
    return meters.find("nexus.events.consumed").tag("outcome", "duplicate").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private static PlanSubmitted submitted(String title) {
    return new PlanSubmitted(
        "P-" + UUID.randomUUID(),
        "ytec-2025",
        "INST-1",
        "Test University",
        "YOUNG_TALENT",
        title,
        List.of("TH"),
        7_000_000L,
        Instant.now(),
        1);
  }

  /** How often events of this plan were applied, summed over its events. */
  private int appliedTimes(String planId) {
    int times = 0;
    for (Document d : mongo.getCollection("applied").find(new Document("planId", planId))) {
      times += d.getInteger("times");
    }
    return times;
  }

  private boolean processed(String eventId) {
    return mongo.getCollection("inbox").find(new Document("_id", eventId)).first() != null;
  }

  private boolean processedDone(String eventId) {
    Document d = mongo.getCollection("inbox").find(new Document("_id", eventId)).first();
    return d != null && "DONE".equals(d.getString("state"));
  }

  private int pendingIn(String planId) {
    Document d = mongo.getCollection("widgets").find(new Document("_id", planId)).first();
    return d == null ? 0 : d.getList("outbox", Document.class).size();
  }

  private DeadLetter deadLetterFor(String planId) {
    return deadLetters.list(null, 0, 200).stream()
        .filter(l -> l.payload().contains(planId))
        .findFirst()
        .orElse(null);
  }
}
