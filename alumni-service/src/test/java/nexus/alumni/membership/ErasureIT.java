package nexus.alumni.membership;

import static nexus.alumni.support.AlumniFixtures.EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.completed;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Leaving erases the member: only after confirmation; they leave the directory, their personal data
 * is gone here, {@code AlumniErased} names their participations for the other services, and a
 * repeated completion does not bring them back.
 */
class ErasureIT extends AlumniIntegrationTest {

  @Test
  void erasureRemovesTheMemberFromTheDirectoryAndEmitsAlumniErased() throws Exception {
    String institution = "Erasable Institute " + newId("x");
    ParticipantRecord an = participant("Nguyen Van An", "VN", institution, "INVITATION");
    String login = newId("sub");
    String id = Members.claimedAndListed(this::deliver, mongo, an, "quantum computing", login);
    String seeker = newId("sub");
    Members.claimedAndListed(
        this::deliver,
        mongo,
        participant("Sato Kenji", "JP", "Osaka University", "DISPATCH"),
        "quantum computing",
        seeker);
    mvc.perform(get("/api/directory").param("institution", institution).with(alumnus(seeker)))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    mvc.perform(get("/directory/" + id).with(alumnus(seeker))).andExpect(status().isOk());

    String planId = member(id).getList("exchanges", Document.class).get(0).getString("planId");
    mvc.perform(get("/me/leave").with(alumnus(login)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"leave-confirm\"")));
    mvc.perform(post("/me/leave").with(alumnus(login)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"leave-confirm-error\"")));
    assertThat(member(id).getBoolean("erased")).isFalse();
    mvc.perform(post("/me/leave").with(alumnus(login)).param("confirm", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"left\"")));

    mvc.perform(get("/api/directory").param("field", "quantum").with(alumnus(seeker)))
        .andExpect(content().string(not(containsString(id))));
    mvc.perform(get("/api/directory").param("institution", institution).with(staff()))
        .andExpect(jsonPath("$.page.totalElements").value(0));
    mvc.perform(get("/directory/" + id).with(alumnus(seeker))).andExpect(status().isNotFound());
    mvc.perform(get("/api/members/" + id).with(staff())).andExpect(status().isNotFound());
    mvc.perform(get("/api/me/profile").with(alumnus(login))).andExpect(status().isNotFound());

    String erased =
        await()
            .atMost(WAIT)
            .until(
                () ->
                    alumniTopic().stream()
                        .filter(v -> v.contains("\"alumni.erased\"") && v.contains(id))
                        .findFirst()
                        .orElse(null),
                v -> v != null);
    assertThat(erased).contains(an.participantId());
    // once relayed, the outbox entry is gone too
    await().atMost(WAIT).until(() -> member(id).getList("outbox", Document.class).isEmpty());
    Document tombstone = member(id);
    assertThat(tombstone.toJson())
        .doesNotContain("Nguyen", an.email(), institution, an.participantId(), login);
    assertThat(tombstone.getString("statCountry")).isEqualTo("VN");
    assertThat(mongo.getCollection("access_log").countDocuments(new Document("memberId", id)))
        .isZero();

    deliver(completed(planId, "quantum computing", EXCHANGE_ENDED, an));
    assertThat(
            mongo
                .getCollection("members")
                .countDocuments(new Document("exchanges.participantId", an.participantId())))
        .isZero();
  }

  @Test
  void theApiAsksForAnExplicitConfirmation() throws Exception {
    String login = newId("sub");
    String id =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Tran Thi Binh", "VN", "VNU", "INVITATION"),
            "biotechnology",
            login);

    mvc.perform(delete("/api/me").with(alumnus(login)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(delete("/api/me").param("confirm", "true").with(alumnus(login)))
        .andExpect(status().isNoContent());
    assertThat(member(id).getBoolean("erased")).isTrue();
  }

  private Document member(String id) {
    return mongo.getCollection("members").find(new Document("_id", id)).first();
  }
}
