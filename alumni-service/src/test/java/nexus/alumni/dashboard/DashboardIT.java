package nexus.alumni.dashboard;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.applicant;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The staff dashboard counts members, claims and opt-outs, undeliverable mails and bouncing
 * addresses, and attendance per gathering, and keeps erased members anonymous.
 */
class DashboardIT extends AlumniIntegrationTest {

  @Test
  void figuresCountClaimsOptOutsAndErasedMembersAnonymously() throws Exception {
    String field = "biomanufacturing " + newId("f");
    String before = figures();
    String stays = newId("sub");
    String leaves = newId("sub");
    String staysId =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Siti Rahma", "ID", "ITB", "INVITATION"),
            field,
            stays);
    Members.claimedAndListed(
        this::deliver,
        mongo,
        participant("Budi Santoso", "ID", "UGM", "INVITATION"),
        field,
        leaves);
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", staysId), new Document("$set", new Document("mailConsent", false)));
    mvc.perform(delete("/api/me").param("confirm", "true").with(alumnus(leaves)))
        .andExpect(status().isNoContent());

    String after = figures();
    assertThat(count(after, "$.members") - count(before, "$.members")).isEqualTo(1);
    assertThat(count(after, "$.erased") - count(before, "$.erased")).isEqualTo(1);
    assertThat(count(after, "$.claimed") - count(before, "$.claimed")).isEqualTo(1);
    assertThat(count(after, "$.mailOptOuts") - count(before, "$.mailOptOuts")).isEqualTo(1);
    assertThat(count(after, "$.byCountry.ID") - count(before, "$.byCountry.ID")).isEqualTo(2);
    assertThat(count(after, "$.byCallYear.2025") - count(before, "$.byCallYear.2025")).isEqualTo(2);
    assertThat(count(after, "$.byField['" + field + "']")).isEqualTo(1);

    mvc.perform(get("/dashboard").param("lang", "ja").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("同窓会メンバー")))
        .andExpect(content().string(containsString("id=\"claim-rate\"")))
        .andExpect(content().string(containsString(field)));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/staff/members/" + staysId + "/invitation")
                .with(staff()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/dashboard?notReinvited"));
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/dashboard").with(alumnus(stays))).andExpect(status().isForbidden());
  }

  @Test
  void undeliverableMailsBouncingAddressesAndAttendanceAreCounted() throws Exception {
    String before = figures();
    // dead letters: two alumni e-mails wait, one was replayed, one is not an e-mail
    mongo
        .getCollection("dead_letters")
        .insertMany(
            List.of(
                deadLetter("alumni.invited", "NEW"),
                deadLetter("alumni.notified", "NEW"),
                deadLetter("alumni.notified", "REPLAYED"),
                deadLetter("plan.submitted", "NEW")));
    String field = "tropical medicine " + newId("f");
    String firstLogin = newId("sub");
    String secondLogin = newId("sub");
    String thirdLogin = newId("sub");
    String first = member("Somchai Jaidee", field, firstLogin);
    String second = member("Niran Sukjai", field, secondLogin);
    String third = member("Ploy Chaiyaporn", field, thirdLogin);
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", third),
            new Document(
                "$set",
                new Document("emailBouncedAt", new Date())
                    .append("emailBounce", "550 5.1.1 mailbox unavailable")
                    // the newest member, so that the first page of the member list shows them
                    .append("enrolledAt", Date.from(Instant.parse("2030-01-01T00:00:00Z")))));

    String gathering = gathering(2);
    mvc.perform(
            post("/api/gatherings/" + gathering + "/invitations")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"" + field + "\"}"))
        .andExpect(jsonPath("$.invited").value(3));
    for (String login : List.of(firstLogin, secondLogin, thirdLogin)) {
      mvc.perform(post("/api/me/gatherings/" + gathering + "/reply").with(alumnus(login)))
          .andExpect(status().isOk());
    }
    mvc.perform(
            post("/api/gatherings/" + gathering + "/attendance")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("[\"" + first + "\", \"" + second + "\"]"))
        .andExpect(status().isOk());
    // the second leaves: their seat goes to the third, their attendance stays as a count
    mvc.perform(delete("/api/me").param("confirm", "true").with(alumnus(secondLogin)))
        .andExpect(status().isNoContent());

    String after = figures();
    assertThat(count(after, "$.undeliverableMails") - count(before, "$.undeliverableMails"))
        .isEqualTo(2);
    assertThat(count(after, "$.bouncingAddresses") - count(before, "$.bouncingAddresses"))
        .isEqualTo(1);
    String row = "$.gatherings[?(@.id == '" + gathering + "')].";
    assertThat((List<Integer>) JsonPath.read(after, row + "invited")).containsExactly(2);
    assertThat((List<Integer>) JsonPath.read(after, row + "going")).containsExactly(2);
    assertThat((List<Integer>) JsonPath.read(after, row + "waitlisted")).containsExactly(0);
    assertThat((List<Integer>) JsonPath.read(after, row + "attended")).containsExactly(2);

    String page =
        mvc.perform(get("/dashboard").param("lang", "en").with(staff()))
            .andExpect(content().string(containsString("id=\"bouncing\"")))
            .andExpect(
                content().string(containsString("2 invited, 2 going, 0 waiting, 2 attended")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String memberRow = page.substring(page.indexOf("data-member-id=\"" + third + "\""));
    memberRow = memberRow.substring(0, memberRow.indexOf("</tr>"));
    assertThat(memberRow).contains("address bounces").doesNotContain("/invitation");
  }

  private String member(String name, String field, String login) {
    return Members.claimedAndListed(
        this::deliver,
        mongo,
        participant(name, "TH", "Mahidol University", "INVITATION"),
        field,
        login);
  }

  private String gathering(int capacity) throws Exception {
    String body =
        mvc.perform(
                post("/api/gatherings")
                    .with(staff())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"titleJa":"バンコク同窓会","titleEn":"Bangkok alumni evening","place":"Bangkok",
                         "startsAt":"%s","capacity":%d,"language":"en"}"""
                            .formatted(
                                LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(10).withNano(0),
                                capacity)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private static Document deadLetter(String type, String status) {
    return new Document("_id", newId("dl"))
        .append("originalTopic", "nexus.alumni.events")
        .append("error", "SMTP down")
        .append("payload", "{\"type\":\"" + type + "\",\"version\":1}")
        .append("receivedAt", new Date())
        .append("status", status);
  }

  private String figures() throws Exception {
    return mvc.perform(get("/api/dashboard").with(staff()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static long count(String json, String path) {
    try {
      Number n = JsonPath.read(json, path);
      return n.longValue();
    } catch (com.jayway.jsonpath.PathNotFoundException e) {
      return 0;
    }
  }
}
