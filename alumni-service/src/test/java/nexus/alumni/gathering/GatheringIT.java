package nexus.alumni.gathering;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.MailServer;
import nexus.alumni.support.Members;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Staff invite a segment to a gathering; members reply up to capacity, the rest wait, and a
 * cancellation promotes the first waiting member, who is told by e-mail.
 */
class GatheringIT extends AlumniIntegrationTest {

  @Autowired Gatherings gatherings;

  String field;
  ParticipantRecord an;
  ParticipantRecord binh;
  ParticipantRecord chi;
  String anLogin = newId("sub");
  String binhLogin = newId("sub");
  String chiLogin = newId("sub");

  @BeforeEach
  void threeMembersInOneField() {
    field = "mekong hydrology " + newId("f");
    an = participant("Nguyen Van An", "VN", "HUST", "INVITATION");
    binh = participant("Tran Thi Binh", "VN", "VNU", "INVITATION");
    chi = participant("Pham Chi", "TH", "Chulalongkorn University", "INVITATION");
    Members.claimedAndListed(this::deliver, mongo, an, field, anLogin);
    Members.claimedAndListed(this::deliver, mongo, binh, field, binhLogin);
    String chiId = Members.claimedAndListed(this::deliver, mongo, chi, field, chiLogin);
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", chiId), new Document("$set", new Document("mailConsent", false)));
  }

  @Test
  void aWaitlistedMemberIsPromotedWhenSomeoneCancels() throws Exception {
    String id = create(1, LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(30));
    mvc.perform(
            post("/api/gatherings/" + id + "/invitations")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"countries\":[\"VN\"],\"field\":\"" + field + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invited").value(2));

    reply(anLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    reply(binhLogin, id).andExpect(jsonPath("$.myPlace").value("WAITLISTED"));
    mvc.perform(delete("/api/me/gatherings/" + id + "/reply").with(alumnus(anLogin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.myPlace").value("NONE"));

    mvc.perform(get("/api/me/gatherings").with(alumnus(binhLogin)))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].myPlace").value("GOING"));
    mvc.perform(get("/gatherings").with(alumnus(binhLogin)).param("lang", "en"))
        .andExpect(content().string(containsString("You are going.")));
    await()
        .atMost(WAIT)
        .until(
            () ->
                !SMTP.to(binh.email()).stream()
                    .filter(m -> MailServer.subject(m).contains("a seat is yours"))
                    .toList()
                    .isEmpty());
    // the Thai member is outside the segment: not invited, cannot reply
    reply(chiLogin, id).andExpect(status().isNotFound());
  }

  @Test
  void invitationsReachOnlyConsentingMembersAndRemindersReachThoseGoing() throws Exception {
    String id = create(10, LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(20));
    mvc.perform(
            post("/api/gatherings/" + id + "/invitations")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"" + field + "\"}"))
        .andExpect(jsonPath("$.invited").value(3));
    await()
        .atMost(WAIT)
        .until(() -> invitations(an.email()) == 1 && invitations(binh.email()) == 1);
    assertThat(invitations(chi.email())).isZero();

    reply(anLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    reply(chiLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    gatherings.remindDue(Duration.ofHours(48));
    gatherings.remindDue(Duration.ofHours(48));

    await().atMost(WAIT).until(() -> reminders(an.email()) == 1 && reminders(chi.email()) == 1);
    assertThat(reminders(binh.email())).isZero();

    String anId =
        mongo
            .getCollection("members")
            .find(new Document("subject", anLogin))
            .first()
            .getString("_id");
    mvc.perform(
            post("/api/gatherings/" + id + "/attendance")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + anId + "\", \"ALU-not-going\"]"))
        .andExpect(jsonPath("$.attended").value(1));

    mvc.perform(get("/staff/gatherings/" + id).with(staff()).param("lang", "en"))
        .andExpect(content().string(containsString("Nguyen Van An")))
        .andExpect(content().string(containsString("Pham Chi")));
    mvc.perform(post("/staff/gatherings/" + id + "/attendance").with(staff()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/gatherings").with(staff()))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].attended").value(0));
  }

  @Test
  void aMemberWhoLeavesGivesUpTheirSeatAndIsNoLongerNamed() throws Exception {
    String id = create(1, LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(10));
    mvc.perform(
            post("/api/gatherings/" + id + "/invitations")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"countries\":[\"VN\"],\"field\":\"" + field + "\"}"))
        .andExpect(jsonPath("$.invited").value(2));
    reply(anLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    reply(binhLogin, id).andExpect(jsonPath("$.myPlace").value("WAITLISTED"));
    String anId =
        mongo
            .getCollection("members")
            .find(new Document("subject", anLogin))
            .first()
            .getString("_id");

    mvc.perform(delete("/api/me").param("confirm", "true").with(alumnus(anLogin)))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/me/gatherings").with(alumnus(binhLogin)))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].myPlace").value("GOING"));
    // once its e-mails are relayed, the gathering keeps no trace of the erased member
    await()
        .atMost(WAIT)
        .until(
            () ->
                mongo
                    .getCollection("gatherings")
                    .find(new Document("_id", id))
                    .first()
                    .getList("outbox", Document.class)
                    .isEmpty());
    assertThat(mongo.getCollection("gatherings").find(new Document("_id", id)).first().toJson())
        .doesNotContain(anId);
  }

  @Test
  void staffCreateAGatheringOnThePageInJapanTimeUnlessTheVenueIsElsewhere() throws Exception {
    String tokyo = "Tokyo alumni evening " + newId("t");
    String bangkok = "Bangkok alumni evening " + newId("t");
    createOnPage(tokyo, null).andExpect(status().is3xxRedirection());
    createOnPage(bangkok, "Asia/Bangkok").andExpect(status().is3xxRedirection());

    mvc.perform(get("/staff/gatherings").with(staff()).param("lang", "en"))
        .andExpect(content().string(containsString(tokyo)))
        .andExpect(content().string(containsString("2027-03-05 18:30 (Japan Time, UTC+09:00)")))
        .andExpect(content().string(containsString("2027-03-05 18:30 (Bangkok Time, UTC+07:00)")));
    mvc.perform(get("/staff/gatherings").with(staff()).param("lang", "ja"))
        .andExpect(content().string(containsString("2027-03-05 18:30（バンコク時間、UTC+07:00）")));
    Document stored =
        mongo.getCollection("gatherings").find(new Document("titleEn", bangkok)).first();
    assertThat(stored.getString("zone")).isEqualTo("Asia/Bangkok");
    assertThat(stored.getDate("startsAt").toInstant())
        .isEqualTo(Instant.parse("2027-03-05T11:30:00Z"));
    assertThat(
            mongo
                .getCollection("gatherings")
                .find(new Document("titleEn", tokyo))
                .first()
                .getString("zone"))
        .isEqualTo("Asia/Tokyo");

    createOnPage("Atlantis evening " + newId("t"), "Atlantis/Capital")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"gathering-zone-error\"")));
    mvc.perform(
            post("/api/gatherings")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"titleJa":"会","titleEn":"Meeting","place":"Nowhere","startsAt":"2027-03-05T18:30",
                     "capacity":5,"language":"en","zone":"Atlantis/Capital"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.rule").value("gathering.zone.invalid"));
    mvc.perform(get("/staff/gatherings").with(alumnus(anLogin))).andExpect(status().isForbidden());
  }

  @Test
  void aMemberPromotedAfterTheRemindersWentOutIsRemindedOnceInTheVenuesTime() throws Exception {
    String id =
        create(1, LocalDateTime.now(ZoneId.of("Asia/Bangkok")).plusHours(20), "Asia/Bangkok");
    inviteVietnamese(id);
    reply(anLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    reply(binhLogin, id).andExpect(jsonPath("$.myPlace").value("WAITLISTED"));
    gatherings.remindDue(Duration.ofHours(48));

    // An cancels after the reminders: Binh gets the seat and a reminder of their own
    mvc.perform(delete("/api/me/gatherings/" + id + "/reply").with(alumnus(anLogin)))
        .andExpect(status().isOk());
    gatherings.remindDue(Duration.ofHours(48));
    // Binh lets the seat go and takes it back; An waits and is promoted again when Binh leaves
    mvc.perform(delete("/api/me/gatherings/" + id + "/reply").with(alumnus(binhLogin)))
        .andExpect(status().isOk());
    reply(binhLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    reply(anLogin, id).andExpect(jsonPath("$.myPlace").value("WAITLISTED"));
    mvc.perform(delete("/api/me/gatherings/" + id + "/reply").with(alumnus(binhLogin)))
        .andExpect(status().isOk());

    // 2 invitations, An's reminder, Binh's promotion and reminder, An's promotion
    await().atMost(WAIT).until(() -> handled(id) == 6);
    assertThat(reminders(an.email())).isEqualTo(1);
    assertThat(reminders(binh.email())).isEqualTo(1);
    assertThat(
            SMTP.to(binh.email()).stream()
                .filter(m -> MailServer.subject(m).contains("reminder"))
                .map(MailServer::body)
                .findFirst()
                .orElseThrow())
        .contains("(Bangkok Time, UTC+07:00)");
  }

  @Test
  void aReplyCannotBeCancelledOnceTheGatheringStarted() throws Exception {
    String id = create(5, LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(3));
    inviteVietnamese(id);
    reply(anLogin, id).andExpect(jsonPath("$.myPlace").value("GOING"));
    mongo
        .getCollection("gatherings")
        .updateOne(
            new Document("_id", id),
            new Document(
                "$set", new Document("startsAt", Date.from(Instant.now().minusSeconds(60)))));

    mvc.perform(delete("/api/me/gatherings/" + id + "/reply").with(alumnus(anLogin)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.rule").value("gathering.started"));
    mvc.perform(
            post("/gatherings/" + id + "/reply").with(alumnus(anLogin)).param("answer", "cancel"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/gatherings?tooLate=" + id));
    mvc.perform(get("/gatherings").with(alumnus(anLogin)).param("tooLate", id).param("lang", "en"))
        .andExpect(content().string(containsString("id=\"gathering-too-late\"")))
        .andExpect(content().string(containsString("replies can no longer be changed")));
    mvc.perform(get("/api/me/gatherings").with(alumnus(anLogin)))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].myPlace").value("GOING"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].started").value(true));
  }

  private ResultActions createOnPage(String titleEn, String zone) throws Exception {
    var request =
        post("/staff/gatherings")
            .with(staff())
            .param("titleJa", "同窓会")
            .param("titleEn", titleEn)
            .param("place", "Venue")
            .param("startsAt", "2027-03-05T18:30")
            .param("capacity", "40")
            .param("language", "both");
    return mvc.perform(zone == null ? request : request.param("zone", zone));
  }

  private void inviteVietnamese(String id) throws Exception {
    mvc.perform(
            post("/api/gatherings/" + id + "/invitations")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"countries\":[\"VN\"],\"field\":\"" + field + "\"}"))
        .andExpect(jsonPath("$.invited").value(2));
  }

  private long handled(String gathering) {
    return mongo
        .getCollection("inbox")
        .countDocuments(
            new Document("type", "alumni.notified")
                .append("key", gathering)
                .append("state", "DONE"));
  }

  private String create(int capacity, LocalDateTime startsAt) throws Exception {
    return create(capacity, startsAt, "Asia/Tokyo");
  }

  private String create(int capacity, LocalDateTime startsAt, String zone) throws Exception {
    String body =
        mvc.perform(
                post("/api/gatherings")
                    .with(staff())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"titleJa":"バンコク同窓会","titleEn":"Bangkok alumni meeting","place":"Bangkok",
                         "startsAt":"%s","capacity":%d,"language":"en","zone":"%s"}"""
                            .formatted(startsAt.withNano(0), capacity, zone)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private ResultActions reply(String login, String id) throws Exception {
    return mvc.perform(post("/api/me/gatherings/" + id + "/reply").with(alumnus(login)));
  }

  private long invitations(String address) {
    return SMTP.to(address).stream()
        .filter(m -> MailServer.subject(m).contains("invitation to Bangkok"))
        .count();
  }

  private long reminders(String address) {
    return SMTP.to(address).stream()
        .filter(m -> MailServer.subject(m).contains("reminder"))
        .count();
  }
}
