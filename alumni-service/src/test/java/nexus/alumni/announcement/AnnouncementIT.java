package nexus.alumni.announcement;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.MailServer;
import nexus.alumni.support.Members;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** An announcement reaches the home page of every member in the segment, by mail with consent. */
class AnnouncementIT extends AlumniIntegrationTest {

  @Test
  void anAnnouncementIsOnTheHomePageOfTheSegmentAndMailedOnlyWithConsent() throws Exception {
    String field = "smart agriculture " + newId("f");
    ParticipantRecord an = participant("Nguyen Van An", "VN", "HUST", "INVITATION");
    ParticipantRecord kenji = participant("Sato Kenji", "JP", "Kyoto University", "DISPATCH");
    ParticipantRecord outside = participant("Maria Santos", "PH", "UP Diliman", "INVITATION");
    String anLogin = newId("sub");
    String kenjiLogin = newId("sub");
    String outsideLogin = newId("sub");
    Members.claimedAndListed(this::deliver, mongo, an, field, anLogin);
    String kenjiId = Members.claimedAndListed(this::deliver, mongo, kenji, field, kenjiLogin);
    Members.claimedAndListed(this::deliver, mongo, outside, "water security", outsideLogin);
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", kenjiId), new Document("$set", new Document("mailConsent", false)));
    String title = "Call for joint research seeds " + newId("t");

    mvc.perform(
            post("/api/announcements")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"titleJa":"共同研究の種の募集","titleEn":"%s","bodyJa":"本文","bodyEn":"Apply by March.",
                     "segment":{"field":"%s"}}"""
                        .formatted(title, field)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.recipients").value(2))
        .andExpect(jsonPath("$.mailed").value(1));

    mvc.perform(get("/me").with(alumnus(kenjiLogin)).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
    mvc.perform(get("/me").with(alumnus(outsideLogin)).param("lang", "en"))
        .andExpect(content().string(not(containsString(title))));
    await()
        .atMost(WAIT)
        .until(
            () ->
                !SMTP.to(an.email()).stream()
                    .filter(m -> MailServer.subject(m).contains(title))
                    .toList()
                    .isEmpty());
    assertThat(SMTP.to(kenji.email())).noneMatch(m -> MailServer.subject(m).contains(title));
    mvc.perform(get("/api/announcements").with(alumnus(anLogin))).andExpect(status().isForbidden());
  }

  @Test
  void staffPublishOnThePageAndSeeTheReach() throws Exception {
    String title = "Alumni newsletter " + newId("t");
    mvc.perform(
            post("/staff/announcements")
                .with(staff())
                .param("titleJa", "同窓会ニュース")
                .param("titleEn", title)
                .param("bodyJa", "本文")
                .param("bodyEn", "News.")
                .param("field", "no such field " + newId("f")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/staff/announcements").with(staff()).param("lang", "en"))
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("0 members, 0 by e-mail")));
    mvc.perform(
            post("/staff/announcements")
                .with(staff())
                .param("titleJa", "")
                .param("titleEn", "x")
                .param("bodyJa", "x")
                .param("bodyEn", "x"))
        .andExpect(content().string(containsString("id=\"announcement-error\"")));
  }
}
