package nexus.reporting.activity;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import nexus.events.EventCodec;
import nexus.events.InstitutionRegistered;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Activity reports: photos checked by content, consent of everyone named or pictured before staff
 * can publish (API and page), and the public catalogue without login.
 */
class ActivityReportsIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  static final String REPORT =
      """
      {"titleJa":"水素材料交流 %1$s","titleEn":"Hydrogen exchange %1$s",
       "bodyJa":"タイから研究者を招へいしました。","bodyEn":"We invited researchers from Thailand.",
       "people":[{"name":"Somchai Jaidee","consented":true},
                 {"name":"Nguyen Van An","consented":%2$s}]}""";

  @Test
  void aPhotoWithoutConsentCannotBePublishedThroughTheApiOrThePage() throws Exception {
    String planId = plan();
    String id = write(planId, "no-consent", false);
    addPhoto(id, png(), "Nguyen Van An").andExpect(status().isOk());

    mvc.perform(
            post("/api/activity-reports/" + id + "/publish")
                .param("lang", "en")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problems[0].rule").value("photo-without-consent"))
        .andExpect(jsonPath("$.problems[0].person").value("Nguyen Van An"))
        .andExpect(
            jsonPath("$.problems[0].message")
                .value("Nguyen Van An is pictured without a recorded consent."));

    mvc.perform(get("/activity-reports/" + id).with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"publication-problems\"")))
        .andExpect(content().string(containsString("同意の記録なしに写真に写っています")));
    mvc.perform(
            post("/activity-reports/" + id + "/publish")
                .param("lang", "en")
                .with(TestUsers.staff("staff-reporting"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("pictured without a recorded consent")));

    mvc.perform(get("/public/reports/" + id)).andExpect(status().isNotFound());
    mvc.perform(get("/public/reports").param("q", "no-consent"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-results\"")));
  }

  @Test
  void aNameWithoutConsentInTheTextCannotBePublished() throws Exception {
    String planId = plan();
    String id = write(planId, "named", false);
    mvc.perform(
            put("/api/plans/" + planId + "/activity-report")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    REPORT
                        .formatted("named", false)
                        .replace("研究者を招へいしました。", "Nguyen Van An さんを招へいしました。")))
        .andExpect(status().isOk());

    mvc.perform(post("/api/activity-reports/" + id + "/publish").with(TestUsers.staff("admin")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].rule").value("name-without-consent"))
        .andExpect(jsonPath("$.problems[0].person").value("Nguyen Van An"));
  }

  @Test
  void onlyImagesByTheirContentCanBeAdded() throws Exception {
    String id = write(plan(), "not-image", true);
    mvc.perform(
            multipart("/api/activity-reports/" + id + "/photos")
                .file(
                    new MockMultipartFile(
                        "file", "photo.png", "image/png", "#!/bin/sh\necho hi\n".getBytes()))
                .param("lang", "en")
                .with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.rule").value("photo.type"));
    addPhoto(id, png(), "Somchai Jaidee")
        .andExpect(jsonPath("$.photos[0].mediaType").value("image/png"));
    mvc.perform(
            multipart("/api/activity-reports/" + id + "/photos")
                .file(new MockMultipartFile("file", "x.png", "image/png", png()))
                .with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aPublishedReportIsFoundInThePublicCatalogueByCountryAndCourseWithoutLogin()
      throws Exception {
    String planId = plan();
    String tag = "pub" + System.nanoTime();
    String id = write(planId, tag, true);
    String photo =
        JsonPath.read(
            addPhoto(id, png(), "Nguyen Van An").andReturn().getResponse().getContentAsString(),
            "$.photos[0].id");
    mvc.perform(
            post("/api/activity-reports/" + id + "/publish")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"));

    catalogue("country", "TH", "course", "YOUNG_TALENT", "q", tag)
        .andExpect(content().string(containsString("id=\"report-" + id + "\"")))
        .andExpect(content().string(containsString("Hydrogen exchange " + tag)))
        .andExpect(content().string(containsString("id=\"filter-country\"")))
        .andExpect(content().string(containsString("Thailand")))
        .andExpect(content().string(containsString("University")));
    catalogue("country", "VN", "q", tag)
        .andExpect(content().string(not(containsString("report-" + id))));
    catalogue("course", "MENTOR", "q", tag)
        .andExpect(content().string(not(containsString("report-" + id))));
    catalogue("year", "2025", "type", "UNIVERSITY", "host", "INST-A", "q", tag)
        .andExpect(content().string(containsString("report-" + id)));
    mvc.perform(get("/public/api/reports").param("country", "TH").param("q", tag))
        .andExpect(jsonPath("$.content[0].id").value(id))
        .andExpect(jsonPath("$.content[0].fiscalYear").value(2025));

    mvc.perform(get("/public/reports/" + id).param("lang", "ja"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("水素材料交流 " + tag)))
        .andExpect(content().string(containsString("タイ")));
    mvc.perform(get("/public/reports/" + id + "/photos/" + photo))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"));
  }

  @Test
  void thePublicSeesNeitherTheConsentsNorWhoIsPicturedNorWhoConfirmed() throws Exception {
    String planId = plan();
    String tag = "privacy" + System.nanoTime();
    // Nguyen Van An said no and is neither named in the text nor pictured: publishable
    String id = write(planId, tag, false);
    addPhoto(id, png(), "Somchai Jaidee").andExpect(status().isOk());
    mvc.perform(
            post("/api/activity-reports/" + id + "/publish")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk());

    String json =
        mvc.perform(get("/public/api/reports").param("q", tag))
            .andExpect(jsonPath("$.content[0].id").value(id))
            .andExpect(jsonPath("$.content[0].photos[0].captionEn").value("In the lab"))
            .andExpect(jsonPath("$.content[0].consents").doesNotExist())
            .andExpect(jsonPath("$.content[0].photos[0].pictured").doesNotExist())
            .andExpect(jsonPath("$.content[0].planId").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String page =
        mvc.perform(get("/public/reports/" + id).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String published : List.of(json, page)) {
      assertThat(published)
          .contains("Hydrogen exchange " + tag)
          .doesNotContain("Nguyen Van An")
          .doesNotContain("Somchai Jaidee")
          .doesNotContain("Applicant of INST-A");
    }
  }

  private ResultActions catalogue(String... params) throws Exception {
    var request = get("/public/reports").param("lang", "en");
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk());
  }

  private String plan() {
    String planId = newPlanId();
    deliver(
        new InstitutionRegistered(
            "INST-A", "A大学", "University A", "UNIVERSITY", Instant.parse("2025-09-01T00:00:00Z")));
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    return planId;
  }

  private String write(String planId, String tag, boolean consent) throws Exception {
    String body =
        mvc.perform(
                put("/api/plans/" + planId + "/activity-report")
                    .with(TestUsers.applicantOf("INST-A"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(REPORT.formatted(tag, consent)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.consents[1].confirmedBy").value("Applicant of INST-A"))
            .andExpect(jsonPath("$.consents[1].confirmedAt").isNotEmpty())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private ResultActions addPhoto(String id, byte[] image, String pictured) throws Exception {
    return mvc.perform(
        multipart("/api/activity-reports/" + id + "/photos")
            .file(new MockMultipartFile("file", "lab.png", "image/png", image))
            .param("captionJa", "実験室にて")
            .param("captionEn", "In the lab")
            .param("pictured", pictured)
            .with(TestUsers.applicantOf("INST-A")));
  }

  static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
