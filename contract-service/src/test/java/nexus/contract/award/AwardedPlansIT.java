package nexus.contract.award;

import static nexus.contract.award.AwardFixtures.applicant;
import static nexus.contract.award.AwardFixtures.conditionalYoungTalentAward;
import static nexus.contract.award.AwardFixtures.newPlanId;
import static nexus.contract.award.AwardFixtures.notSelected;
import static nexus.contract.award.AwardFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.contract.ContractIT;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.messaging.EventInbox;
import nexus.messaging.EventInbox.Outcome;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ContractIT
class AwardedPlansIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired AwardedPlans awards;

  @Test
  void awardDeliveredTwiceIsRecordedOnceAndAwaitsItsWorkPlan() {
    String planId = newPlanId();
    PlanAwarded award = conditionalYoungTalentAward(planId);
    byte[] delivery = envelope(award);

    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.APPLIED);
    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.DUPLICATE);
    awards.record(award, codec.wrap(award, "review-service", null));

    assertThat(mongo.getCollection("awarded_plans").countDocuments(new Document("_id", planId)))
        .isEqualTo(1);
    assertThat(awards.one(planId))
        .hasValueSatisfying(
            a -> {
              assertThat(a.status()).isEqualTo("AWAITING_WORK_PLAN");
              assertThat(a.awardedAmountJpy()).isEqualTo(7_000_000L);
              assertThat(a.conditions()).containsExactly("Shorten the dispatch to 60 days");
            });
  }

  @Test
  void planNotSelectedIsIgnoredAndRecordsNothing() {
    String planId = newPlanId();

    assertThat(inbox.handle(envelope(notSelected(planId)))).isEqualTo(Outcome.IGNORED);
    assertThat(awards.one(planId)).isEmpty();
  }

  @Test
  void contractStaffReadAnAwardedPlanThroughTheApi() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(conditionalYoungTalentAward(planId)));

    mvc.perform(get("/api/awards/" + planId).with(staff("staff-contract")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.planId").value(planId))
        .andExpect(jsonPath("$.status").value("AWAITING_WORK_PLAN"))
        .andExpect(jsonPath("$.outbox").doesNotExist());
    mvc.perform(get("/api/awards").param("size", "200").with(staff("staff-contract")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.planId == '" + planId + "')]").isNotEmpty());
  }

  @Test
  void unknownPlanIsNotFound() throws Exception {
    mvc.perform(get("/api/awards/" + newPlanId()).with(staff("admin")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void applicantIsForbiddenAndAnonymousCallerIsUnauthorized() throws Exception {
    mvc.perform(get("/api/awards").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/awards")).andExpect(status().isUnauthorized());
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
  }

  @Test
  void dashboardListsTheAwardedPlanForContractStaff() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(conditionalYoungTalentAward(planId)));

    mvc.perform(get("/dashboard").param("lang", "ja").with(staff("staff-contract")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(planId)))
        .andExpect(content().string(containsString("採択条件の対応中")));
  }

  private byte[] envelope(IntegrationEvent event) {
    return codec.encode(codec.wrap(event, "review-service", null));
  }
}
