package nexus.alumni.membership;

import static nexus.alumni.support.AlumniFixtures.EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.NEXT_EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.applicant;
import static nexus.alumni.support.AlumniFixtures.completed;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participantList;
import static nexus.alumni.support.AlumniFixtures.samePersonInAnotherPlan;
import static nexus.alumni.support.AlumniFixtures.staff;
import static nexus.alumni.support.AlumniFixtures.vietnameseResearcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nexus.alumni.membership.domain.Identity;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantRecord;
import nexus.messaging.EventInbox.Outcome;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class EnrolmentIT extends AlumniIntegrationTest {

  @Autowired Enrolment enrolment;

  @Test
  void aRepeatedCompletionEnrolsNoOneTwice() {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    ParticipantRecord binh = vietnameseResearcher("Tran Thi Binh");
    String planId = newId("plan");
    ExchangeCompleted completion =
        completed(planId, "semiconductor design", EXCHANGE_ENDED, an, binh);

    assertThat(deliver(completion)).isEqualTo(Outcome.APPLIED);
    // the same fact again under a new event id (reporting re-emitted it), and applied directly
    assertThat(deliver(completion)).isEqualTo(Outcome.APPLIED);
    enrolment.enrol(completion);

    List<Document> members = membersOf(planId);
    assertThat(members).hasSize(2);
    assertThat(members)
        .allSatisfy(m -> assertThat(m.getList("exchanges", Document.class)).hasSize(1));
    await()
        .atMost(WAIT)
        .until(
            () ->
                alumniTopic().stream()
                    .filter(v -> v.contains("\"alumni.enrolled\"") && v.contains(planId))
                    .count(),
            n -> n == 2);
  }

  @Test
  void theSamePersonInTwoPlansIsOneMemberWithBothExchangesAndTheFirstEnrolment() {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    ParticipantRecord again = samePersonInAnotherPlan(an, "  " + an.email().toUpperCase() + " ");
    String first = newId("plan");
    String second = newId("plan");

    deliver(completed(first, "semiconductor design", EXCHANGE_ENDED, an));
    deliver(completed(second, "power electronics", NEXT_EXCHANGE_ENDED, again));

    List<Document> members = membersOf(first);
    assertThat(members).hasSize(1);
    Document member = members.get(0);
    assertThat(member.getList("exchanges", Document.class))
        .extracting(e -> e.getString("planId"))
        .containsExactly(first, second);
    assertThat(member.getDate("enrolledAt").toInstant()).isEqualTo(EXCHANGE_ENDED);
    assertThat(membersOf(second))
        .extracting(d -> d.getString("_id"))
        .containsExactly(member.getString("_id"));
  }

  @Test
  void theDatabaseRefusesASecondMemberForOneAddressOrParticipation() {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    String planId = newId("plan");
    deliver(completed(planId, "semiconductor design", EXCHANGE_ENDED, an));
    Document member = membersOf(planId).get(0);

    var members = mongo.getCollection("members");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                members.insertOne(
                    new Document("_id", newId("ALU"))
                        .append("emailKey", member.getString("emailKey"))
                        .append("participationKeys", List.of(newId("k")))))
        .isInstanceOf(com.mongodb.MongoWriteException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                members.insertOne(
                    new Document("_id", newId("ALU"))
                        .append("participationKeys", List.of(key(planId, an.participantId())))))
        .isInstanceOf(com.mongodb.MongoWriteException.class);
  }

  @Test
  void contactDataFromTheParticipantListFillsACompletionThatCarriesOnlyIds() {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    String planId = newId("plan");
    deliver(participantList(planId, an));

    deliver(
        new ExchangeCompleted(planId, "ytec-2025", List.of(an.participantId()), EXCHANGE_ENDED));

    Document member = membersOf(planId).get(0);
    assertThat(member.getString("name")).isEqualTo("Nguyen Van An");
    assertThat(member.getString("email")).isEqualTo(an.email());
    assertThat(member.getString("country")).isEqualTo("VN");
  }

  @Test
  void alumniStaffReadMembersThroughTheApiAndOthersCannot() throws Exception {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    String planId = newId("plan");
    deliver(completed(planId, "semiconductor design", EXCHANGE_ENDED, an));
    String id = membersOf(planId).get(0).getString("_id");

    mvc.perform(get("/api/members/" + id).with(staff()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Nguyen Van An"))
        .andExpect(jsonPath("$.planIds[0]").value(planId))
        .andExpect(jsonPath("$.outbox").doesNotExist())
        .andExpect(jsonPath("$.participationKeys").doesNotExist());
    mvc.perform(get("/api/members/" + newId("ALU")).with(staff()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/members").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/members")).andExpect(status().isUnauthorized());
    assertThat(mongo.getCollection("access_log").countDocuments(new Document("memberId", id)))
        .isEqualTo(1);
  }

  @Test
  void theDashboardCountsMembersInJapanese() throws Exception {
    deliver(
        completed(
            newId("plan"), "green technology", EXCHANGE_ENDED, vietnameseResearcher("Le Van C")));

    mvc.perform(get("/dashboard").param("lang", "ja").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("同窓会メンバー")));
  }

  private List<Document> membersOf(String planId) {
    return mongo
        .getCollection("members")
        .find(new Document("exchanges.planId", planId))
        .into(new java.util.ArrayList<>());
  }

  static String key(String planId, String participantId) {
    return Identity.participationKey(planId, participantId);
  }
}
