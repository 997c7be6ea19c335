package nexus.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.messaging.DeadLetters;
import nexus.messaging.EventInbox;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ReviewCasesIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;
  @Autowired DeadLetters deadLetters;

  @Test
  void samePlanSubmittedTwiceOpensOneCase() throws Exception {
    EventEnvelope envelope = codec.wrap(submitted("Twice delivered"), "intake-service", null);
    byte[] bytes = codec.encode(envelope);

    assertThat(inbox.handle(bytes)).isEqualTo(EventInbox.Outcome.APPLIED);
    assertThat(inbox.handle(bytes)).isEqualTo(EventInbox.Outcome.DUPLICATE);

    mvc.perform(get("/api/cases").with(staff()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.content[?(@.planId == '" + envelope.key() + "')]")
                .value(org.hamcrest.Matchers.hasSize(1)));
  }

  @Test
  void poisonRecordGoesToDeadLettersWhileLaterPlansStillArrive() throws Exception {
    String poison = "{\"not\": \"an envelope\", \"marker\": \"" + UUID.randomUUID() + "\"}";
    PlanSubmitted after = submitted("Behind the poison");
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      // same key as the next plan: same partition, which must keep flowing past the poison
      producer.send(record(after.planId(), poison.getBytes(StandardCharsets.UTF_8))).get();
      producer
          .send(record(after.planId(), codec.encode(codec.wrap(after, "intake-service", null))))
          .get();
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/cases/" + after.planId()).with(staff()))
                    .andExpect(status().isOk()));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                deadLetters.list("NEW", 0, 100).stream().anyMatch(l -> l.payload().equals(poison)));
    String id =
        deadLetters.list("NEW", 0, 100).stream()
            .filter(l -> l.payload().equals(poison))
            .findFirst()
            .orElseThrow()
            .id();

    mvc.perform(get("/ops/dead-letters").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(id)));
    mvc.perform(post("/api/ops/dead-letters/" + id + "/replay").with(staff()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REPLAY_FAILED"));
    mvc.perform(get("/api/ops/dead-letters/" + id).with(applicant()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/ops/dead-letters/" + id).with(otherStaff()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/ops/dead-letters/nope").with(staff())).andExpect(status().isNotFound());
  }

  @Test
  void withdrawalClosesTheCaseAndTheResubmittedVersionReopensIt() throws Exception {
    PlanSubmitted first = submitted("Withdrawn then resubmitted");
    inbox.handle(codec.encode(codec.wrap(first, "intake-service", null)));
    inbox.handle(
        codec.encode(
            codec.wrap(
                new PlanWithdrawn(
                    first.planId(), first.callId(), first.institutionId(), "budget", Instant.now()),
                "intake-service",
                null)));
    mvc.perform(get("/api/cases/" + first.planId()).with(staff()))
        .andExpect(jsonPath("$.status").value("WITHDRAWN"));

    PlanSubmitted second =
        new PlanSubmitted(
            first.planId(),
            first.callId(),
            first.institutionId(),
            first.institutionName(),
            first.course(),
            "Resubmitted title",
            first.counterpartCountries(),
            6_000_000L,
            Instant.now(),
            2);
    inbox.handle(codec.encode(codec.wrap(second, "intake-service", null)));
    mvc.perform(get("/api/cases/" + first.planId()).with(staff()))
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.title").value("Resubmitted title"))
        .andExpect(jsonPath("$.requestedAmountJpy").value(6_000_000));
  }

  @Test
  void dashboardShowsCasesToReviewStaffOnly() throws Exception {
    PlanSubmitted plan = submitted("Shown on the dashboard");
    inbox.handle(codec.encode(codec.wrap(plan, "intake-service", null)));

    mvc.perform(get("/dashboard").with(staff()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(plan.planId())))
        .andExpect(content().string(not(containsString("No plans have been submitted yet."))));
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized());
  }

  private static PlanSubmitted submitted(String title) {
    return new PlanSubmitted(
        "P-" + UUID.randomUUID(),
        "ytec-2025",
        "INST-1",
        "Demo Institute",
        "YOUNG_TALENT",
        title,
        List.of("TH"),
        7_000_000L,
        Instant.now(),
        1);
  }

  private static JwtRequestPostProcessor staff() {
    return jwt()
        .jwt(j -> j.claim("roles", List.of("staff-review")))
        .authorities(new SimpleGrantedAuthority("ROLE_staff-review"));
  }

  /** Staff of another service: not allowed to read review's event payloads. */
  private static JwtRequestPostProcessor otherStaff() {
    return jwt()
        .jwt(j -> j.claim("roles", List.of("staff-intake")))
        .authorities(new SimpleGrantedAuthority("ROLE_staff-intake"));
  }

  private static JwtRequestPostProcessor applicant() {
    return jwt()
        .jwt(j -> j.claim("roles", List.of("applicant")))
        .authorities(new SimpleGrantedAuthority("ROLE_applicant"));
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers()),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private static ProducerRecord<byte[], byte[]> record(String key, byte[] value) {
    return new ProducerRecord<>("nexus.intake.events", key.getBytes(StandardCharsets.UTF_8), value);
  }
}
