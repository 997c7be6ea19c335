package nexus.review.exportcontrol;

import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.DocumentsRequested;
import nexus.events.DocumentsSupplied;
import nexus.events.EventCodec;
import nexus.events.PlanScreened;
import nexus.events.PlanSnapshot;
import nexus.events.PlanSubmitted;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewEventsTopic;
import nexus.review.support.ReviewFixtures;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ExportControlIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @Test
  void aCounterpartNamedByAnAliasWithOtherPunctuationIsBlockedUntilStaffClearIt() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "No.,Country or Region,Company or Organization,Also Known As,Type of WMD\n"
            + "1,China,Northern Star Institute "
            + marker
            + ",\"N.S.I.-"
            + marker
            + " Research Co., Ltd.;NSI Beijing\",Missile\n";
    mvc.perform(
            multipart("/api/export-control/list")
                .file(
                    new MockMultipartFile(
                        "file", "eul.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(staff("staff-review")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entries").value(1));

    PlanSubmitted plan =
        ReviewFixtures.plan("Kyoto Institute", "nsi " + marker + " research", "TH");
    deliver(plan);

    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.exportControl.status").value("HIT"))
        .andExpect(jsonPath("$.exportControl.hits[0].role").value("COUNTERPART"))
        .andExpect(jsonPath("$.reviewable").value(false));
    screen(plan.planId(), "{\"ineligibleKinds\":[],\"reason\":\"\"}");
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.status").value("ELIGIBLE"))
        .andExpect(jsonPath("$.reviewable").value(false));

    mvc.perform(
            post("/api/cases/" + plan.planId() + "/export-control/decision")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"CLEAR\",\"note\":\"different organisation\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.exportControl.status").value("CLEARED"))
        .andExpect(jsonPath("$.reviewable").value(true));
  }

  @Test
  void aDocumentsRequestPausesTheCaseUntilIntakeReportsThemSupplied() throws Exception {
    PlanSubmitted plan = ReviewFixtures.plan("Nagoya Tech", "Mahidol University", "TH");
    deliver(plan);
    screen(plan.planId(), "{\"ineligibleKinds\":[]}");

    String body =
        mvc.perform(
                post("/api/cases/" + plan.planId() + "/documents-request")
                    .with(staff("staff-review"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"kinds\":[\"EXPORT_CONTROL_HOST\"],\"message\":\"Please add the"
                            + " end-use statement\",\"dueDate\":\"2026-12-10\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String requestId = body.replaceAll(".*\"requestId\":\"([^\"]+)\".*", "$1");
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.reviewable").value(false));

    try (ReviewEventsTopic topic = new ReviewEventsTopic(codec)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !topic.of(plan.planId(), "documents.requested").isEmpty());
      DocumentsRequested requested =
          codec.payload(
              topic.of(plan.planId(), "documents.requested").get(0), DocumentsRequested.class);
      assertThat(requested.requestId()).isEqualTo(requestId);
      assertThat(requested.kinds()).containsExactly("EXPORT_CONTROL_HOST");
    }

    DocumentsSupplied supplied =
        new DocumentsSupplied(
            plan.planId(),
            requestId,
            List.of(new PlanSnapshot.Document("EXPORT_CONTROL_HOST", "eu.pdf", "ff", 10L)),
            Instant.now());
    byte[] bytes = codec.encode(codec.wrap(supplied, "intake-service", null));
    inbox.handle(bytes);
    inbox.handle(bytes);
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.reviewable").value(true))
        .andExpect(jsonPath("$.documentsRequest.supplied[0].fileName").value("eu.pdf"));
  }

  @Test
  void anIneligiblePlanIsScreenedWithItsReasonsThroughTheOutbox() throws Exception {
    PlanSubmitted plan = ReviewFixtures.plan("Sendai College", "Language School", "TH");
    deliver(plan);
    mvc.perform(
            post("/api/cases/" + plan.planId() + "/screening")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ineligibleKinds\":[\"NOT_SCIENCE_EXCHANGE\"]}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("screening.reason.required"));
    screen(
        plan.planId(),
        "{\"ineligibleKinds\":[\"NOT_SCIENCE_EXCHANGE\"],\"reason\":\"language course\"}");

    try (ReviewEventsTopic topic = new ReviewEventsTopic(codec)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !topic.of(plan.planId(), "plan.screened").isEmpty());
      PlanScreened screened =
          codec.payload(topic.of(plan.planId(), "plan.screened").get(0), PlanScreened.class);
      assertThat(screened.outcome()).isEqualTo("INELIGIBLE");
      assertThat(screened.reasons())
          .containsExactly("screening.NOT_SCIENCE_EXCHANGE", "language course");
    }
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.screening.reason").value("language course"))
        .andExpect(jsonPath("$.reviewable").value(false));
  }

  private void deliver(PlanSubmitted plan) {
    assertThat(inbox.handle(codec.encode(codec.wrap(plan, "intake-service", null))))
        .isEqualTo(EventInbox.Outcome.APPLIED);
  }

  private void screen(String planId, String json) throws Exception {
    mvc.perform(
            post("/api/cases/" + planId + "/screening")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk());
  }
}
