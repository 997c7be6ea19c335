package nexus.reporting.obligation;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static nexus.reporting.obligation.ObligationFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.messaging.EventInbox.Outcome;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exchange completes once however its last two conditions meet: the last settlement (from
 * contract's event) and staff's acceptance of the outcome report (a request) at the same moment.
 */
class ExchangeCompletionIT extends ReportingContext {

  static final int PLANS = 12;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @Test
  void theLastSettlementAndTheAcceptanceAtTheSameMomentCompleteTheExchangeOnce() throws Exception {
    List<String> plans = new ArrayList<>();
    for (int i = 0; i < PLANS; i++) {
      plans.add(awaitingBoth());
    }

    for (String planId : plans) {
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Integer> acceptance =
          CompletableFuture.supplyAsync(
              () -> {
                atOnce(start);
                return accept(planId);
              });
      CompletableFuture<Outcome> settlement =
          CompletableFuture.supplyAsync(
              () -> {
                atOnce(start);
                return inbox.handle(
                    codec.encode(codec.wrap(settled(planId, "INST-A"), "contract-service", null)));
              });
      assertThat(acceptance.get()).isEqualTo(200);
      assertThat(settlement.get()).isEqualTo(Outcome.APPLIED);
    }

    // every plan completed, none twice: one event each, on the way out and on the topic
    for (String planId : plans) {
      Document d = mongo.getCollection("obligations").find(new Document("_id", planId)).first();
      assertThat(d.getString("status")).as(planId).isEqualTo("COMPLETED");
    }
    await().atMost(WAIT).until(() -> plans.stream().allMatch(this::outboxEmpty));
    Map<String, Long> completions =
        eventsOn("nexus.reporting.events", codec).stream()
            .filter(e -> e.type().equals("exchange.completed") && plans.contains(e.key()))
            .collect(Collectors.groupingBy(e -> e.key(), Collectors.counting()));
    assertThat(completions)
        .isEqualTo(plans.stream().collect(Collectors.toMap(Function.identity(), p -> 1L)));
  }

  /** A plan signed by its host alone, its outcome report handed in: settled and accepted next. */
  private String awaitingBoth() throws Exception {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    mvc.perform(
            put("/api/plans/" + planId + "/outcome-report")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"summary":"s","outcomes":"o","partnerContribution":"p","followUp":"f"}"""))
        .andExpect(status().isOk());
    return planId;
  }

  private int accept(String planId) {
    try {
      return mvc.perform(
              post("/api/plans/" + planId + "/outcome-report/decision")
                  .with(TestUsers.staff("staff-reporting"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"accept\":true}"))
          .andReturn()
          .getResponse()
          .getStatus();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void atOnce(CyclicBarrier start) {
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean outboxEmpty(String planId) {
    Document d = mongo.getCollection("obligations").find(new Document("_id", planId)).first();
    return d.getList("outbox", Document.class).isEmpty();
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
