package nexus.review.award;

import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewEventsTopic;
import nexus.review.support.ReviewFixtures;
import nexus.review.support.Reviewing;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** From intake's topic to review's decisions, through Kafka both ways. */
@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class AwardDecisionEndToEndIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @Test
  void submittedPlansAreScreenedScoredAndDecidedAwardedOrNotSelected() throws Exception {
    Reviewing reviewing = new Reviewing(mvc, codec, inbox);
    String id = UUID.randomUUID().toString().substring(0, 8);
    String call = "e2e-" + id;
    PlanSubmitted strong =
        ReviewFixtures.plan(call, "Strong Host " + id, "Partner S " + id, "CP S " + id, "TH", "AI");
    PlanSubmitted weak =
        ReviewFixtures.plan(call, "Weak Host " + id, "Partner W " + id, "CP W " + id, "VN", "AI");
    PlanSubmitted ineligible =
        ReviewFixtures.plan(call, "Lang Host " + id, "Partner L " + id, "CP L " + id, "MY", "AI");
    PlanSubmitted withdrawn =
        ReviewFixtures.plan(call, "Gone Host " + id, "Partner G " + id, "CP G " + id, "LA", "AI");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      for (PlanSubmitted p : List.of(strong, weak, ineligible, withdrawn)) {
        producer
            .send(
                new ProducerRecord<>(
                    "nexus.intake.events",
                    p.planId().getBytes(StandardCharsets.UTF_8),
                    codec.encode(codec.wrap(p, "intake-service", null))))
            .get();
      }
      producer
          .send(
              new ProducerRecord<>(
                  "nexus.intake.events",
                  withdrawn.planId().getBytes(StandardCharsets.UTF_8),
                  codec.encode(
                      codec.wrap(
                          new PlanWithdrawn(
                              withdrawn.planId(),
                              call,
                              withdrawn.institutionId(),
                              "no longer possible",
                              java.time.Instant.now()),
                          "intake-service",
                          null))))
          .get();
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/cases/" + withdrawn.planId()).with(staff("staff-review")))
                    .andExpect(jsonPath("$.status").value("WITHDRAWN")));
    for (PlanSubmitted p : List.of(strong, weak, ineligible)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  mvc.perform(get("/api/cases/" + p.planId()).with(staff("staff-review")))
                      .andExpect(status().isOk()));
    }
    mvc.perform(
            put("/api/calls/" + call + "/settings")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reviewersPerPlan\":2,\"budgetJpy\":100000000,\"targetAwards\":1,"
                        + "\"minPerCountry\":0,\"maxPerCountry\":5,\"maxPerHostInstitution\":1,"
                        + "\"maxPerCounterpartInstitution\":1}"))
        .andExpect(status().isOk());
    reviewing.screenEligible(strong.planId());
    reviewing.screenEligible(weak.planId());
    mvc.perform(
            post("/api/cases/" + ineligible.planId() + "/screening")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"ineligibleKinds\":[\"NOT_SCIENCE_EXCHANGE\"],\"reason\":\"language\"}"))
        .andExpect(status().isOk());
    String r1 = "e2e-r1-" + id;
    String r2 = "e2e-r2-" + id;
    reviewing.addReviewer(r1, "Eri One", "Neutral One " + id, "AI");
    reviewing.addReviewer(r2, "Eri Two", "Neutral Two " + id, "AI");
    for (PlanSubmitted p : List.of(strong, weak)) {
      reviewing.pin(p.planId(), r1);
      reviewing.pin(p.planId(), r2);
    }
    reviewing.solve(call);
    for (String r : List.of(r1, r2)) {
      reviewing.submitScores(r, strong.planId(), 5);
      reviewing.submitScores(r, weak.planId(), 2);
    }

    mvc.perform(post("/api/calls/" + call + "/awards/proposal").with(staff("staff-review")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.proposal.solution.status").value("OPTIMAL"))
        .andExpect(jsonPath("$.proposal.solution.selected[0]").value(strong.planId()))
        .andExpect(jsonPath("$.proposal.exclusions").isArray());
    mvc.perform(
            put("/api/calls/" + call + "/awards/" + strong.planId())
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reducedAmountJpy\":5000000,\"conditions\":[\"Shorten the visit to 60"
                        + " days\"],\"hostJpy\":4000000,\"partnerJpy\":1000000}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stale").value(true));
    mvc.perform(post("/api/calls/" + call + "/awards/finalise").with(staff("staff-review")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("award.proposal.stale"));
    mvc.perform(post("/api/calls/" + call + "/awards/proposal").with(staff("staff-review")))
        .andExpect(jsonPath("$.proposal.amounts['" + strong.planId() + "']").value(5000000));
    mvc.perform(post("/api/calls/" + call + "/awards/finalise").with(staff("staff-review")))
        .andExpect(status().isOk());

    mvc.perform(get("/api/cases/" + weak.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.status").value("NOT_SELECTED"));
    try (ReviewEventsTopic topic = new ReviewEventsTopic(codec)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !topic.of(weak.planId(), "plan.not-selected").isEmpty());
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  !topic.of(strong.planId(), "plan.awarded").isEmpty()
                      && !topic.of(weak.planId(), "plan.not-selected").isEmpty()
                      && !topic.of(ineligible.planId(), "plan.not-selected").isEmpty());
      PlanAwarded awarded =
          codec.payload(topic.of(strong.planId(), "plan.awarded").get(0), PlanAwarded.class);
      assertThat(awarded.awardedAmountJpy()).isEqualTo(5_000_000L);
      assertThat(awarded.conditions()).containsExactly("Shorten the visit to 60 days");
      assertThat(awarded.title()).isEqualTo(strong.title());
      assertThat(awarded.snapshot()).isEqualTo(strong.snapshot());
      assertThat(awarded.institutionAwards())
          .extracting(PlanAwarded.InstitutionAward::role, PlanAwarded.InstitutionAward::amountJpy)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("HOST", 4_000_000L),
              org.assertj.core.groups.Tuple.tuple("PARTNER", 1_000_000L));
      PlanNotSelected notSelected =
          codec.payload(topic.of(weak.planId(), "plan.not-selected").get(0), PlanNotSelected.class);
      assertThat(notSelected.callId()).isEqualTo(call);
      assertThat(topic.of(weak.planId(), "plan.awarded")).isEmpty();
      assertThat(topic.of(withdrawn.planId(), "plan.not-selected")).isEmpty();
      assertThat(topic.of(withdrawn.planId(), "plan.awarded")).isEmpty();
    }
    mvc.perform(post("/api/calls/" + call + "/awards/finalise").with(staff("staff-review")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("award.finalised"));

    mvc.perform(
            get("/api/ops/audit")
                .with(staff("staff-review"))
                .param("action", "award.finalise")
                .param("subject", call))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(call)));

    String csv =
        mvc.perform(get("/calls/" + call + "/statistics.csv").with(staff("staff-review")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("TH,1,1")
        .contains("VN,1,0")
        .contains("MY,1,0")
        .contains("AI,3,1")
        .doesNotContain("LA,");
    byte[] xlsx =
        mvc.perform(
                get("/calls/" + call + "/statistics.xlsx")
                    .with(staff("staff-review"))
                    .param("lang", "ja"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(xlsx))) {
      var byCountry = book.getSheet("相手国別");
      assertThat(byCountry.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申請件数");
      assertThat(byCountry.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(3.0);
      assertThat(byCountry.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1.0);
    }
  }
}
