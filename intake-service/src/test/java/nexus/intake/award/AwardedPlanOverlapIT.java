package nexus.intake.award;

import static nexus.testsupport.TestUsers.applicantOf;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nexus.events.EventCodec;
import nexus.events.PlanAwarded;
import nexus.intake.call.CallCatalog;
import nexus.intake.plan.DraftSubmissions;
import nexus.intake.plan.StoredPlans;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.rules.PlanContents;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The awarded-plan overlap rule end to end: review publishes {@code plan.awarded} on its topic,
 * intake keeps the award, and the same PI's next plan overlapping it is refused at submission.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class AwardedPlanOverlapIT {

  static final String INSTITUTION = "INST-OVERLAP";
  static final String PI = "applicant-" + INSTITUTION;

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired CallCatalog calls;
  @Autowired EventCodec codec;

  @Test
  void nextYearsPlanOverlappingTheSamePisAwardedPlanIsRefusedWithTheReason() throws Exception {
    String awarded =
        StoredPlans.submitted(
            mongo,
            "ytec-2035",
            INSTITUTION,
            Course.YOUNG_TALENT,
            "Hydrogen exchange with Bangkok",
            "green technology",
            PlanContents.withPeriod(
                PlanContents.youngTalentPlan(),
                LocalDate.of(2036, 7, 1),
                LocalDate.of(2037, 1, 31)),
            PI,
            "YTEC-2035-00042",
            Instant.now());
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    calls.copy("ytec-2025", 2036);
    calls.reschedule("ytec-2036", now.minusDays(1), now.plusDays(60), "test", "open for the test");
    try {
      String next = start();
      save(next, "2037-01-31").andExpect(jsonPath("$.violations").isEmpty());
      uploadRequired(next);
      // not awarded (yet): nothing to overlap
      submit(next, "first").andExpect(status().isOk());
      withdraw(next);

      publishOnReviewsTopic(
          new PlanAwarded(
              awarded,
              "ytec-2035",
              INSTITUTION,
              "YOUNG_TALENT",
              6_500_000L,
              List.of(),
              Instant.now()));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> mongo.findById(awarded, org.bson.Document.class, "awarded_plans") != null);

      submit(next, "second")
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.reason").value("submission.duplicate"))
          .andExpect(jsonPath("$.violations[0].rule").value("awarded-plan-overlap"))
          .andExpect(
              jsonPath("$.violations[0].message")
                  .value(
                      allOf(
                          containsString("YTEC-2035-00042"),
                          containsString("Hydrogen exchange with Bangkok"),
                          containsString("2036-07-01"),
                          containsString("2037-01-31"))));
      mvc.perform(
              post("/api/drafts/" + next + "/submit")
                  .with(applicantOf(INSTITUTION))
                  .param("lang", "ja")
                  .header("Idempotency-Key", "third"))
          .andExpect(status().isUnprocessableContent())
          .andExpect(
              jsonPath("$.violations[0].message")
                  .value(allOf(containsString("採択済み"), containsString("YTEC-2035-00042"))));
      mvc.perform(get("/api/drafts/" + next).with(applicantOf(INSTITUTION)))
          .andExpect(jsonPath("$.plan.status").value("WITHDRAWN"));

      // starting the day after the awarded exchange ends is fine
      save(next, "2037-02-01").andExpect(jsonPath("$.violations").isEmpty());
      submit(next, "fourth").andExpect(status().isOk());
    } finally {
      // the other tests expect one open call (ytec-2035)
      calls.reschedule(
          "ytec-2036", now.minusDays(30), now.minusDays(20), "test", "closed after the test");
    }
  }

  private void publishOnReviewsTopic(PlanAwarded event) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  "nexus.review.events",
                  event.planId().getBytes(StandardCharsets.UTF_8),
                  codec.encode(codec.wrap(event, "review-service", null))))
          .get();
    }
  }

  private String start() throws Exception {
    return DraftSubmissions.start(
        mvc, applicantOf(INSTITUTION), "ytec-2036", "YOUNG_TALENT", "Next", null);
  }

  /** A valid young-talent plan of the 2036 call, its exchange starting on {@code start}. */
  private ResultActions save(String id, String start) throws Exception {
    String content =
        """
        {"course":"YOUNG_TALENT","exchangeStart":"%s","exchangeEnd":"2037-12-20",
         "counterparts":[{"institution":"Chulalongkorn University","country":"TH"}],
         "participants":[{"name":"Somchai","birthDate":"2000-05-01","category":"GRADUATE_STUDENT",
           "role":"PARTICIPANT","affiliation":"CU",
           "visits":[{"start":"2037-02-10","end":"2037-03-05","direction":"INVITATION","place":"Kyoto"}]}],
         "budgetItems":[{"category":"TRAVEL","description":"Flights","amountJpy":3000000}],
         "indirectJpy":300000}
        """
            .formatted(start);
    return mvc.perform(
        put("/api/drafts/" + id)
            .with(applicantOf(INSTITUTION))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"title\":\"Hydrogen exchange, second year\",\"field\":\"green technology\","
                    + "\"content\":"
                    + content
                    + "}"));
  }

  private void uploadRequired(String id) throws Exception {
    DraftSubmissions.uploadRequired(mvc, applicantOf(INSTITUTION), id);
  }

  private ResultActions submit(String id, String key) throws Exception {
    return mvc.perform(
        post("/api/drafts/" + id + "/submit")
            .with(applicantOf(INSTITUTION))
            .param("lang", "en")
            .header("Idempotency-Key", key));
  }

  private void withdraw(String id) throws Exception {
    mvc.perform(
            post("/api/drafts/" + id + "/withdraw")
                .with(applicantOf(INSTITUTION))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"wait for the award\"}"))
        .andExpect(status().isOk());
  }
}
