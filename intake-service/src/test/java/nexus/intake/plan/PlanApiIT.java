package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static nexus.intake.plan.PlanFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
        DraftSubmissions.submit(mvc, applicantOf("INST-A"), "YOUNG_TALENT", "Stored plan", null);
    String id = JsonPath.read(body, "$.plan.id");

    Document stored = mongo.getCollection("plans").find(new Document("_id", id)).first();
    assertThat(stored).isNotNull();
    assertThat(stored.getString("institutionName")).isEqualTo("Institution INST-A");
    assertThat(stored.getString("status")).isEqualTo("SUBMITTED");
    mvc.perform(get("/api/plans/" + id).with(applicantOf("INST-A")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(
            jsonPath("$.receiptNumber").value(org.hamcrest.Matchers.startsWith("YTEC-2035-")));
  }

  @Test
  void unauthenticatedRequestIsRefusedWithProblemDetails() throws Exception {
    mvc.perform(get("/api/plans"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/drafts").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void applicantCannotReadAnotherInstitutionsPlan() throws Exception {
    String body =
        DraftSubmissions.submit(mvc, applicantOf("INST-A2"), "MENTOR", "Private plan", null);
    String id = JsonPath.read(body, "$.plan.id");

    mvc.perform(get("/api/plans/" + id).with(applicantOf("INST-A2"))).andExpect(status().isOk());
    mvc.perform(get("/api/plans/" + id).with(applicantOf("INST-B")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/plans").with(applicantOf("INST-B")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isEmpty());
  }

  @Test
  void staffWithoutTheApplicantRoleCannotDraft() throws Exception {
    mvc.perform(
            post("/api/drafts")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\":\"ytec-2035\",\"course\":\"MENTOR\",\"title\":\"Not mine\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void invalidDraftIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() throws Exception {
    long before = mongo.getCollection("plans").countDocuments();
    mvc.perform(
            post("/api/drafts")
                .with(applicantOf("INST-A"))
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\":\"ytec-2035\",\"course\":\"MENTOR\",\"title\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Enter a title."));
    assertThat(mongo.getCollection("plans").countDocuments()).isEqualTo(before);
  }

  @Test
  void apiDocsArePublished() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/plans")));
  }
}
