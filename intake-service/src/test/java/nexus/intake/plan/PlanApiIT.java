package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static nexus.intake.plan.PlanFixtures.staff;
import static nexus.intake.plan.PlanFixtures.youngTalentPlanJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class PlanApiIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;

  @BeforeEach
  void openACall() {
    OpenCalls.openNow(calls);
  }

  @Autowired MongoTemplate mongo;

  @Test
  void submittedPlanIsStoredForTheApplicantsInstitution() throws Exception {
    String body =
        mvc.perform(
                post("/api/plans")
                    .with(applicantOf("INST-A"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(youngTalentPlanJson("Outbox check")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("SUBMITTED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    Document stored = mongo.getCollection("plans").find(new Document("_id", id)).first();
    assertThat(stored).isNotNull();
    assertThat(stored.getString("institutionName")).isEqualTo("Institution INST-A");
    assertThat(stored.getString("status")).isEqualTo("SUBMITTED");
  }

  @Test
  void unauthenticatedRequestIsRefusedWithProblemDetails() throws Exception {
    mvc.perform(get("/api/plans"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void applicantCannotReadAnotherInstitutionsPlan() throws Exception {
    String body =
        mvc.perform(
                post("/api/plans")
                    .with(applicantOf("INST-A"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(youngTalentPlanJson("Private plan")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    mvc.perform(get("/api/plans/" + id).with(applicantOf("INST-A"))).andExpect(status().isOk());
    mvc.perform(get("/api/plans/" + id).with(applicantOf("INST-B")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/plans").with(applicantOf("INST-B")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isEmpty());
  }

  @Test
  void staffWithoutTheApplicantRoleCannotSubmit() throws Exception {
    mvc.perform(
            post("/api/plans")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(youngTalentPlanJson("Not mine")))
        .andExpect(status().isForbidden());
  }

  @Test
  void invalidPlanIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() throws Exception {
    long before = mongo.getCollection("plans").countDocuments();
    mvc.perform(
            post("/api/plans")
                .with(applicantOf("INST-A"))
                .header("Accept-Language", "en")
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"course\":\"MENTOR\",\"title\":\"\",\"counterpartCountries\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Enter a title."));
    mvc.perform(
            post("/api/plans")
                .with(applicantOf("INST-A"))
                .param("lang", "ja")
                .contentType(MediaType.APPLICATION_JSON)
                .content(youngTalentPlanJson("Outside ASEAN").replace("\"VN\"", "\"US\"")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.rule").value("plan.countries.asean"))
        .andExpect(jsonPath("$.detail").value(containsString("US")));
    assertThat(mongo.getCollection("plans").countDocuments()).isEqualTo(before);
  }

  @Test
  void submissionWithNoCallOpenIsRefused() throws Exception {
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    calls.reschedule(
        "ytec-2035", now.plusDays(10), now.plusDays(40), "test", "closed for the test");
    try {
      mvc.perform(
              post("/api/plans")
                  .with(applicantOf("INST-A"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(youngTalentPlanJson("Too early")))
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.rule").value("submission.no-open-call"));
    } finally {
      OpenCalls.openNow(calls);
    }
  }

  @Test
  void apiDocsArePublished() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/plans")));
  }
}
