package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Drafting and submitting through the API, on a clock set around the 2025 deadline. */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "nexus.messaging.outbox.relay-enabled=false"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class DraftApiIT {

  static final Instant ONE_SECOND_BEFORE_NOON = Instant.parse("2025-10-15T02:59:59Z");
  static final Instant NOON_JST = Instant.parse("2025-10-15T03:00:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    MutableClock clock() {
      return new MutableClock();
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    volatile Instant now = ONE_SECOND_BEFORE_NOON;

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired MutableClock clock;

  @Test
  void draftBreakingARuleIsSavedAndShownButNotSubmittedUntilFixed() throws Exception {
    clock.now = ONE_SECOND_BEFORE_NOON;
    String id = start("INST-D");
    save(id, "INST-D", PlanCheckApiIT.NINETY_ONE_DAYS)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations[0].rule").value("stay-limit"))
        .andExpect(jsonPath("$.content.participants[0].name").value("Somchai"));

    submit(id, "INST-D", "key-1")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("submission.rules"))
        .andExpect(jsonPath("$.violations[*].rule", hasItem("stay-limit")));

    save(id, "INST-D", PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10"))
        .andExpect(jsonPath("$.violations").isEmpty());
    submit(id, "INST-D", "key-1")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("submission.documents"))
        .andExpect(jsonPath("$.violations[*].field", hasItem("documents.PLAN")));
    uploadRequired(id, "INST-D");
    submit(id, "INST-D", "key-1")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.plan.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.plan.requestedAmountJpy").value(3_300_000));
    assertThat(outboxTypes(id)).containsExactly("plan.drafted", "plan.submitted");

    // the event carries the full snapshot of the submitted version, documents included
    String envelope =
        mongo
            .getCollection("plans")
            .find(new Document("_id", id))
            .first()
            .getList("outbox", Document.class)
            .get(1)
            .getString("envelope");
    assertThat((String) JsonPath.read(envelope, "$.data.snapshot.participants[0].name"))
        .isEqualTo("Somchai");
    assertThat((String) JsonPath.read(envelope, "$.data.snapshot.participants[0].birthDate"))
        .isEqualTo("2000-05-01");
    assertThat((List<String>) JsonPath.read(envelope, "$.data.snapshot.documents[*].kind"))
        .containsExactlyInAnyOrder("PLAN", "EXPORT_CONTROL_HOST");
    assertThat((Integer) JsonPath.read(envelope, "$.data.snapshot.directJpy")).isEqualTo(3_000_000);
  }

  @Test
  void submissionAtNoonOnDeadlineDayIsRefusedAndChangesNothing() throws Exception {
    clock.now = ONE_SECOND_BEFORE_NOON;
    String id = start("INST-L");
    save(id, "INST-L", PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10"));
    uploadRequired(id, "INST-L");

    clock.now = NOON_JST;
    submit(id, "INST-L", "late")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("submission.window-closed"));
    assertThat(outboxTypes(id)).containsExactly("plan.drafted");
    mvc.perform(get("/api/drafts/" + id).with(applicantOf("INST-L")))
        .andExpect(jsonPath("$.plan.status").value("DRAFT"));
  }

  @Test
  void aRetriedSubmissionIsOneSubmissionAndADifferentOneIsAConflict() throws Exception {
    clock.now = ONE_SECOND_BEFORE_NOON;
    String id = start("INST-I");
    save(id, "INST-I", PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10"));
    uploadRequired(id, "INST-I");

    submit(id, "INST-I", "click-1").andExpect(status().isOk());
    submit(id, "INST-I", "click-1").andExpect(status().isOk());
    submit(id, "INST-I", "another").andExpect(status().isConflict());
    save(id, "INST-I", PlanCheckApiIT.NINETY_ONE_DAYS).andExpect(status().isConflict());
    assertThat(outboxTypes(id)).containsExactly("plan.drafted", "plan.submitted");
  }

  @Test
  void samePiCannotSubmitTwoPlansInOneCourse() throws Exception {
    clock.now = ONE_SECOND_BEFORE_NOON;
    String valid = PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10");
    String first = start("INST-DUP");
    save(first, "INST-DUP", valid);
    uploadRequired(first, "INST-DUP");
    submit(first, "INST-DUP", "a").andExpect(status().isOk());

    String second = start("INST-DUP");
    save(second, "INST-DUP", valid.replace("Somchai", "Another person"));
    uploadRequired(second, "INST-DUP");
    submit(second, "INST-DUP", "b")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("submission.duplicate"))
        .andExpect(jsonPath("$.violations[0].rule").value("one-plan-per-course"));
  }

  @Test
  void aWithdrawnOrNeverSubmittedPlanOfTheSamePiDoesNotCountAsADuplicate() throws Exception {
    clock.now = ONE_SECOND_BEFORE_NOON.minusSeconds(600);
    String valid = PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10");
    String first = start("INST-WD");
    save(first, "INST-WD", valid);
    uploadRequired(first, "INST-WD");
    submit(first, "INST-WD", "w1").andExpect(status().isOk());
    mvc.perform(
            post("/api/drafts/" + first + "/withdraw")
                .with(applicantOf("INST-WD"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"replaced\"}"))
        .andExpect(status().isOk());
    // an id left behind by a crash between the index write and the plan's save
    String stale = start("INST-WD");
    mongo
        .getCollection("pi_plans")
        .updateOne(
            new Document("_id", "ytec-2025|applicant-INST-WD"),
            new Document("$addToSet", new Document("planIds", stale)));

    String second = start("INST-WD");
    save(second, "INST-WD", valid.replace("Somchai", "Another person"));
    uploadRequired(second, "INST-WD");
    submit(second, "INST-WD", "w2").andExpect(status().isOk());
  }

  @Test
  void withdrawnPlanIsResubmittedAsItsSecondVersionKeepingItsReceiptNumber() throws Exception {
    clock.now = ONE_SECOND_BEFORE_NOON.minusSeconds(3600);
    String id = start("INST-R");
    save(id, "INST-R", PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10"));
    uploadRequired(id, "INST-R");
    String receipt =
        JsonPath.read(
            submit(id, "INST-R", "v1")
                .andExpect(jsonPath("$.plan.submissionVersion").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.plan.receiptNumber");
    assertThat(receipt).matches("YTEC-2025-\\d{5}");

    mvc.perform(
            post("/api/drafts/" + id + "/withdraw")
                .with(applicantOf("INST-R"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"budget corrected\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.plan.status").value("WITHDRAWN"));
    save(id, "INST-R", PlanCheckApiIT.NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-01"))
        .andExpect(status().isOk());
    submit(id, "INST-R", "v2")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.plan.submissionVersion").value(2))
        .andExpect(jsonPath("$.plan.receiptNumber").value(receipt));
    assertThat(outboxTypes(id))
        .containsExactly("plan.drafted", "plan.submitted", "plan.withdrawn", "plan.submitted");
  }

  @Test
  void anotherInstitutionCannotSeeEditOrSubmitTheDraft() throws Exception {
    String id = start("INST-X");
    mvc.perform(get("/api/drafts/" + id).with(applicantOf("INST-Y")))
        .andExpect(status().isNotFound());
    save(id, "INST-Y", PlanCheckApiIT.NINETY_ONE_DAYS).andExpect(status().isNotFound());
    submit(id, "INST-Y", "k").andExpect(status().isNotFound());
  }

  private String start(String institution) throws Exception {
    return DraftSubmissions.start(
        mvc, applicantOf(institution), "ytec-2025", "YOUNG_TALENT", "Draft", null);
  }

  private ResultActions save(String id, String institution, String content) throws Exception {
    return mvc.perform(
        put("/api/drafts/" + id)
            .with(applicantOf(institution))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"title\":\"Hydrogen exchange\",\"field\":\"green technology\",\"content\":"
                    + content
                    + "}"));
  }

  private void uploadRequired(String id, String institution) throws Exception {
    DraftSubmissions.uploadRequired(mvc, applicantOf(institution), id);
  }

  private ResultActions submit(String id, String institution, String key) throws Exception {
    return mvc.perform(
        post("/api/drafts/" + id + "/submit")
            .with(applicantOf(institution))
            .header("Idempotency-Key", key));
  }

  private List<String> outboxTypes(String id) {
    Document plan = mongo.getCollection("plans").find(new Document("_id", id)).first();
    return plan.getList("outbox", Document.class).stream().map(e -> e.getString("type")).toList();
  }
}
