package nexus.alumni.directory;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A field the member marked staff-only never reaches another member: not on the directory pages,
 * not through the API, not even as a search hit; staff still see it, and public fields are public.
 */
class VisibilityIT extends AlumniIntegrationTest {

  String institution;
  String hidden;
  String hiddenLogin;
  String seeker;
  String seekerLogin;

  @BeforeEach
  void twoClaimedMembers() {
    institution = "Secret Semiconductor Lab " + newId("x");
    ParticipantRecord an = participant("Nguyen Van An", "VN", institution, "INVITATION");
    hiddenLogin = newId("sub");
    hidden =
        Members.claimedAndListed(this::deliver, mongo, an, "semiconductor design", hiddenLogin);
    seekerLogin = newId("sub");
    seeker =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Sato Kenji", "JP", "Tohoku University", "DISPATCH"),
            "semiconductor design",
            seekerLogin);
  }

  @Test
  void aWrongCountryOrAMissingNameIsToldBesideItsFieldAndChangesNothing() throws Exception {
    mvc.perform(
            post("/me")
                .with(alumnus(hiddenLogin))
                .header("Accept-Language", "en")
                .param("name", "Nguyen Van An")
                .param("country", "Vietnam"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"profile-country-error\"")))
        .andExpect(content().string(containsString("aria-describedby=\"profile-country-error\"")))
        .andExpect(content().string(containsString("value=\"Vietnam\"")));
    mvc.perform(
            post("/me")
                .with(alumnus(hiddenLogin))
                .header("Accept-Language", "ja")
                .param("name", " ")
                .param("country", "VN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"profile-name-error\"")));
    mvc.perform(get("/api/me/profile").with(alumnus(hiddenLogin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(not(" ")))
        .andExpect(jsonPath("$.country").value(not("VIETNAM")));
  }

  @Test
  void aStaffOnlyFieldNeverAppearsToAnotherMemberThroughThePageOrTheApi() throws Exception {
    // the member hides their institution through the page form, the way the browser does
    mvc.perform(
            post("/me")
                .with(alumnus(hiddenLogin))
                .param("name", "Nguyen Van An")
                .param("country", "VN")
                .param("institution", institution)
                .param("position", "Lecturer")
                .param("fields", "semiconductor design, power electronics")
                .param("listed", "true")
                .param("visibility.INSTITUTION", "STAFF"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/me?saved"));

    mvc.perform(get("/directory/" + hidden).with(alumnus(seekerLogin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nguyen Van An")))
        .andExpect(content().string(containsString("Lecturer")))
        .andExpect(content().string(not(containsString(institution))));
    mvc.perform(get("/directory").param("field", "semiconductor").with(alumnus(seekerLogin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(hidden)))
        .andExpect(content().string(not(containsString(institution))));
    mvc.perform(get("/api/directory/" + hidden).with(alumnus(seekerLogin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Nguyen Van An"))
        .andExpect(jsonPath("$.institution").doesNotExist())
        .andExpect(content().string(not(containsString(institution))));
    mvc.perform(get("/api/directory").param("size", "50").with(alumnus(seekerLogin)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(institution))));
    // searching for the hidden value finds nothing, so the search does not reveal it either
    mvc.perform(get("/api/directory").param("institution", institution).with(alumnus(seekerLogin)))
        .andExpect(jsonPath("$.page.totalElements").value(0));

    mvc.perform(get("/api/directory/" + hidden).with(staff()))
        .andExpect(jsonPath("$.institution").value(institution));
    // every read of the profile is in the audit trail and in the member's access log
    assertThat(
            mongo
                .getCollection("audit_log")
                .countDocuments(
                    new Document("action", "alumni.profile.read")
                        .append("subject", hidden)
                        .append("actor", seekerLogin)))
        .isEqualTo(2);
    assertThat(
            mongo
                .getCollection("access_log")
                .countDocuments(
                    new Document("memberId", hidden)
                        .append("reader", seekerLogin)
                        .append(
                            "channel",
                            new Document(
                                "$in", java.util.List.of("directory-page", "directory-api")))))
        .isEqualTo(2);
    // the search page that listed them is in the log too
    assertThat(
            mongo
                .getCollection("access_log")
                .countDocuments(
                    new Document("memberId", hidden)
                        .append("reader", seekerLogin)
                        .append("channel", "directory-search-page")))
        .isEqualTo(1);
    mvc.perform(get("/api/directory").param("institution", institution).with(staff()))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    mvc.perform(get("/api/me/profile").with(alumnus(hiddenLogin)))
        .andExpect(jsonPath("$.institution").value(institution))
        .andExpect(jsonPath("$.visibility.INSTITUTION").value("STAFF"));
  }

  @Test
  void theMemberEditsTheProfileThroughTheApiAndPublicFieldsArePublic() throws Exception {
    mvc.perform(
            put("/api/me/profile")
                .with(alumnus(hiddenLogin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"Nguyen Van An","country":"VN","institution":"%s","position":"Lecturer",
                     "fields":["semiconductor design"],"contactableByMembers":true,"language":"en",
                     "visibility":{"NAME":"PUBLIC","FIELDS":"PUBLIC","INSTITUTION":"ALUMNI"},
                     "listed":true,"mailConsent":false}"""
                        .formatted(institution)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.visibility.NAME").value("PUBLIC"));

    mvc.perform(get("/public/members/" + hidden))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nguyen Van An")))
        .andExpect(content().string(containsString("semiconductor design")))
        .andExpect(content().string(not(containsString(institution))));
    mvc.perform(get("/api/directory/" + hidden).with(alumnus(seekerLogin)))
        .andExpect(jsonPath("$.institution").value(institution));
    Document member = mongo.getCollection("members").find(new Document("_id", hidden)).first();
    assertThat(member.getList("consents", Document.class))
        .extracting(c -> c.getString("kind"), c -> c.getBoolean("granted"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MAIL", false));
    // withdrawn from the purpose stated now, which names the follow-up surveys
    assertThat(member.getList("consents", Document.class).get(0).getString("purpose"))
        .isEqualTo("consent.mail-and-surveys.purpose");
  }

  @Test
  void anotherMembersJsonNamesTheirExchangesWithoutPlanOrParticipantIds() throws Exception {
    Document exchange =
        mongo
            .getCollection("members")
            .find(new Document("_id", hidden))
            .first()
            .getList("exchanges", Document.class)
            .get(0);
    String planId = exchange.getString("planId");
    String participantId = exchange.getString("participantId");

    for (String path : new String[] {"/api/directory/" + hidden, "/api/directory"}) {
      mvc.perform(get(path).param("institution", institution).with(alumnus(seekerLogin)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Tohoku University")))
          .andExpect(content().string(not(containsString(planId))))
          .andExpect(content().string(not(containsString(participantId))))
          .andExpect(content().string(not(containsString("planId"))))
          .andExpect(content().string(not(containsString("participantId"))));
    }
    mvc.perform(get("/api/directory/" + hidden).with(alumnus(seekerLogin)))
        .andExpect(jsonPath("$.exchanges[0].callYear").value(2025))
        .andExpect(jsonPath("$.exchanges[0].host").value("Tohoku University"));
    // staff keep the plan ids on their member API
    mvc.perform(get("/api/members/" + hidden).with(staff()))
        .andExpect(jsonPath("$.planIds[0]").value(planId));
  }

  @Test
  void anInvalidEditIsAProblemDetail() throws Exception {
    mvc.perform(
            put("/api/me/profile")
                .with(alumnus(hiddenLogin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\",\"country\":\"Vietnam\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void membersCannotExportButStaffCan() throws Exception {
    mvc.perform(get("/api/directory/export.csv").with(alumnus(seekerLogin)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/directory/export.csv").param("country", "VN").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(institution)));
    byte[] xlsx =
        mvc.perform(get("/api/directory/export.xlsx").param("country", "VN").with(staff()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
      assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(1);
    }
  }
}
