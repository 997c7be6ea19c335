package nexus.alumni.membership;

import static nexus.alumni.membership.MemberFixtures.FIRST_EXCHANGE_ENDED;
import static nexus.alumni.membership.MemberFixtures.SECOND_EXCHANGE_ENDED;
import static nexus.alumni.membership.MemberFixtures.applicant;
import static nexus.alumni.membership.MemberFixtures.exchangeCompleted;
import static nexus.alumni.membership.MemberFixtures.newId;
import static nexus.alumni.membership.MemberFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nexus.events.EventCodec;
import nexus.events.ExchangeCompleted;
import nexus.messaging.EventInbox;
import nexus.messaging.EventInbox.Outcome;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=alumni-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class MembersIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Members members;

  @Test
  void completionDeliveredTwiceEnrolsEachParticipantOnce() {
    String planId = newId("plan");
    String researcher = newId("p");
    String student = newId("p");
    ExchangeCompleted completed =
        exchangeCompleted(planId, FIRST_EXCHANGE_ENDED, researcher, student);
    byte[] delivery = envelope(completed);

    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.APPLIED);
    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.DUPLICATE);
    members.enrol(completed, codec.wrap(completed, "reporting-service", null));

    assertThat(
            mongo
                .getCollection("members")
                .countDocuments(
                    new Document("_id", new Document("$in", List.of(researcher, student)))))
        .isEqualTo(2);
    assertThat(members.one(researcher))
        .hasValueSatisfying(m -> assertThat(m.planIds()).containsExactly(planId));
  }

  @Test
  void returningParticipantKeepsOneMembershipWithBothExchangesAndTheFirstEnrolment() {
    String participant = newId("p");
    String firstPlan = newId("plan");
    String secondPlan = newId("plan");

    inbox.handle(envelope(exchangeCompleted(firstPlan, FIRST_EXCHANGE_ENDED, participant)));
    inbox.handle(envelope(exchangeCompleted(secondPlan, SECOND_EXCHANGE_ENDED, participant)));

    assertThat(members.one(participant))
        .hasValueSatisfying(
            m -> {
              assertThat(m.planIds()).containsExactlyInAnyOrder(firstPlan, secondPlan);
              assertThat(m.enrolledAt()).isEqualTo(FIRST_EXCHANGE_ENDED);
            });
  }

  @Test
  void alumniStaffReadAMemberThroughTheApi() throws Exception {
    String participant = newId("p");
    inbox.handle(envelope(exchangeCompleted(newId("plan"), FIRST_EXCHANGE_ENDED, participant)));

    mvc.perform(get("/api/members/" + participant).with(staff("staff-alumni")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(participant))
        .andExpect(jsonPath("$.outbox").doesNotExist());
    mvc.perform(get("/api/members").param("size", "200").with(staff("staff-alumni")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.id == '" + participant + "')]").isNotEmpty());
  }

  @Test
  void unknownMemberIsNotFound() throws Exception {
    mvc.perform(get("/api/members/" + newId("p")).with(staff("admin")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void applicantIsForbiddenAndAnonymousCallerIsUnauthorized() throws Exception {
    mvc.perform(get("/api/members").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/members")).andExpect(status().isUnauthorized());
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
  }

  @Test
  void dashboardCountsAndListsTheMembersForAlumniStaff() throws Exception {
    String participant = newId("p");
    inbox.handle(envelope(exchangeCompleted(newId("plan"), SECOND_EXCHANGE_ENDED, participant)));

    mvc.perform(get("/dashboard").param("lang", "ja").with(staff("staff-alumni")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("同窓会メンバー")))
        .andExpect(content().string(containsString(participant)));
  }

  private byte[] envelope(ExchangeCompleted event) {
    return codec.encode(codec.wrap(event, "reporting-service", null));
  }
}
