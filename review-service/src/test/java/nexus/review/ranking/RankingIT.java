package nexus.review.ranking;

import static nexus.testsupport.TestUsers.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Instant;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewFixtures;
import nexus.review.support.Reviewing;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class RankingIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @Test
  void aWithdrawnPlanLeavesTheRanking() throws Exception {
    Reviewing reviewing = new Reviewing(mvc, codec, inbox);
    String id = UUID.randomUUID().toString().substring(0, 8);
    String call = "call-" + id;
    PlanSubmitted kept = ReviewFixtures.plan(call, "Host A " + id, "P", "CP A " + id, "TH", "AI");
    PlanSubmitted withdrawn =
        ReviewFixtures.plan(call, "Host B " + id, "P", "CP B " + id, "VN", "AI");
    String reviewer = "ranker-" + id;
    reviewing.addReviewer(reviewer, "Rei Ranker", "Neutral " + id, "AI");
    for (PlanSubmitted p : new PlanSubmitted[] {kept, withdrawn}) {
      reviewing.deliver(p);
      reviewing.screenEligible(p.planId());
      reviewing.pin(p.planId(), reviewer);
    }
    reviewing.submitScores(reviewer, kept.planId(), 3);
    reviewing.submitScores(reviewer, withdrawn.planId(), 5);
    mvc.perform(get("/api/calls/" + call + "/ranking").with(staff("staff-review")))
        .andExpect(
            jsonPath("$.YOUNG_TALENT[*].row.planId", contains(withdrawn.planId(), kept.planId())));

    reviewing.deliver(
        new PlanWithdrawn(
            withdrawn.planId(), call, withdrawn.institutionId(), "changed plans", Instant.now()));

    mvc.perform(get("/api/calls/" + call + "/ranking").with(staff("staff-review")))
        .andExpect(jsonPath("$.YOUNG_TALENT[*].row.planId", containsInAnyOrder(kept.planId())))
        .andExpect(jsonPath("$.YOUNG_TALENT[0].row.rank").value(1));
  }
}
