package nexus.intake.timeline;

import static nexus.testsupport.TestUsers.applicantOf;
import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nexus.events.AgreementSigned;
import nexus.events.AlumniEnrolled;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.PaymentDisbursed;
import nexus.events.PlanAwarded;
import nexus.events.PlanScreened;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.intake.plan.DraftSubmissions;
import nexus.messaging.EventInbox;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan's timeline fed by every service's events: intake's own submission through Kafka, the
 * others' events through the inbox; shown to the plan's institution only, ordered, once each.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class TimelineIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @Test
  void everyServicesStepsAppearInOrderOnceEachWithTheirFactsInJapanTime() throws Exception {
    String plan = submitted("INST-TL", "Timeline plan");
    awaitStep(plan, "plan.submitted"); // intake's own event, relayed and consumed back

    Instant submitted = Instant.now();
    Instant paid = submitted.plus(100, ChronoUnit.DAYS);
    deliver(new PlanScreened(plan, "ytec-2035", "ELIGIBLE", List.of(), submitted.plusSeconds(60)));
    byte[] payment =
        codec.encode(
            codec.wrap(
                new PaymentDisbursed(plan, "PAY-1", "INST-TL", 6_300_000L, paid),
                "contract-service",
                null));
    // out of order on purpose: the payment is delivered before the award and the agreement
    assertThat(inbox.handle(payment)).isEqualTo(EventInbox.Outcome.APPLIED);
    deliver(
        new PlanAwarded(
            plan,
            "ytec-2035",
            "INST-TL",
            "YOUNG_TALENT",
            6_300_000L,
            List.of("revise budget"),
            submitted.plus(60, ChronoUnit.DAYS)));
    deliver(
        new AgreementSigned(
            plan, "AG-1", "INST-TL", "HOST", 6_300_000L, submitted.plus(80, ChronoUnit.DAYS)));
    deliver(new AlumniEnrolled(plan, "AL-1", submitted.plus(500, ChronoUnit.DAYS)));
    assertThat(inbox.handle(payment)).isEqualTo(EventInbox.Outcome.DUPLICATE);

    String json =
        mvc.perform(
                get("/api/plans/" + plan + "/timeline")
                    .with(applicantOf("INST-TL"))
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> types = JsonPath.read(json, "$[*].type");
    assertThat(types)
        .containsExactly(
            "plan.drafted",
            "plan.submitted",
            "plan.screened",
            "plan.awarded",
            "agreement.signed",
            "payment.disbursed",
            "alumni.enrolled");
    assertThat((List<String>) JsonPath.read(json, "$[5].facts[?(@.name == 'amountJpy')].text"))
        .containsExactly("6,300,000");
    assertThat((String) JsonPath.read(json, "$[5].label")).isEqualTo("Advance payment made");
    assertThat((String) JsonPath.read(json, "$[5].occurredAtJapan"))
        .isEqualTo(
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(paid.atZone(java.time.ZoneId.of("Asia/Tokyo"))));
    assertThat((List<String>) JsonPath.read(json, "$[2].facts[?(@.name == 'outcome')].text"))
        .containsExactly("eligible");

    mvc.perform(get("/plans/" + plan).with(applicantOf("INST-TL")).param("lang", "ja"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"timeline\"")))
        .andExpect(content().string(containsString("概算払い")))
        .andExpect(content().string(containsString("6,300,000")))
        .andExpect(content().string(containsString("採択")));
    mvc.perform(get("/progress").with(applicantOf("INST-TL")).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-plan-id=\"" + plan + "\"")))
        .andExpect(content().string(containsString("Participant joined the alumni association")));
  }

  @Test
  void anotherInstitutionsPlanTimelineIsNotFoundAndStaffUseTheirOwnPages() throws Exception {
    String plan = submitted("INST-TL2", "Someone else's plan");

    mvc.perform(get("/api/plans/" + plan + "/timeline").with(applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/nope/timeline").with(applicantOf("INST-TL2")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/" + plan + "/timeline").with(staff("staff-intake")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/plans/" + plan + "/timeline")).andExpect(status().isUnauthorized());
    mvc.perform(get("/progress").with(applicantOf("INST-OTHER")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(plan))));
  }

  @Test
  void anEventTypeIntakeDoesNotKnowIsIgnoredNotDeadLettered() {
    String unknown =
        """
        {"specversion":"1.0","id":"%s","type":"grant.teleported","dataversion":1,
         "time":"2026-01-01T00:00:00Z","subject":"P-x","source":"somewhere","data":{"planId":"P-x"}}
        """
            .formatted(java.util.UUID.randomUUID());
    assertThat(inbox.handle(unknown.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(EventInbox.Outcome.IGNORED);
  }

  private void deliver(IntegrationEvent event) {
    assertThat(inbox.handle(codec.encode(codec.wrap(event, "another-service", null))))
        .isEqualTo(EventInbox.Outcome.APPLIED);
  }

  private void awaitStep(String plan, String type) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/plans/" + plan + "/timeline").with(applicantOf("INST-TL")))
                    .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.hasItem(type))));
  }

  private String submitted(String institution, String title) throws Exception {
    OpenCalls.openNow(calls);
    String body =
        DraftSubmissions.submit(mvc, applicantOf(institution), "YOUNG_TALENT", title, null);
    return JsonPath.read(body, "$.plan.id");
  }
}
