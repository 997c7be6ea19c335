package nexus.review.web;

import static nexus.review.support.Reviewing.reviewer;
import static nexus.testsupport.TestUsers.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.PlanSubmitted;
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
class StaffPagesIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @Test
  void staffScreenAPlanOnItsPageAndSeeTheCallsRankingAndAwardsInBothLanguages() throws Exception {
    Reviewing reviewing = new Reviewing(mvc, codec, inbox);
    String id = UUID.randomUUID().toString().substring(0, 8);
    String call = "pages-" + id;
    PlanSubmitted plan = ReviewFixtures.plan(call, "Page Host " + id, "P", "CP " + id, "PH", "AI");
    reviewing.deliver(plan);

    mvc.perform(
            post("/cases/" + plan.planId() + "/screening")
                .with(staff("staff-review"))
                .param("kinds", "FOR_PROFIT")
                .param("reason", ""))
        .andExpect(redirectedUrl("/cases/" + plan.planId()))
        .andExpect(flash().attribute("error", "screening"));
    mvc.perform(post("/cases/" + plan.planId() + "/screening").with(staff("staff-review")))
        .andExpect(flash().attribute("done", "screening"));
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.status").value("ELIGIBLE"));

    String r = "page-reviewer-" + id;
    mvc.perform(
            post("/reviewers")
                .with(staff("staff-review"))
                .param("subject", r)
                .param("name", "Page Reviewer " + id)
                .param("affiliation", "Nowhere " + id)
                .param("expertise", "AI, Water"))
        .andExpect(flash().attribute("done", "reviewer"));
    mvc.perform(
            post("/cases/" + plan.planId() + "/pins")
                .with(staff("staff-review"))
                .param("subject", r))
        .andExpect(flash().attribute("done", "reviewers"));
    reviewing.submitScores(r, plan.planId(), 4);
    mvc.perform(post("/calls/" + call + "/awards/proposal").with(staff("staff-review")))
        .andExpect(flash().attribute("done", "awards"));

    mvc.perform(
            post("/calls/" + call + "/settings")
                .with(staff("staff-review"))
                .param("reviewersPerPlan", "3")
                .param("budgetJpy", "300000000")
                .param("targetAwards", "45")
                .param("minPerCountry", "0")
                .param("maxPerCountry", "10")
                .param("maxPerHostInstitution", "2")
                .param("maxPerCounterpartInstitution", "2")
                .param("scoringDeadline", "2026-12-20T17:00"))
        .andExpect(flash().attribute("done", "settings"));
    mvc.perform(get("/api/calls/" + call + "/settings").with(staff("staff-review")))
        .andExpect(jsonPath("$.scoringDeadline").value("2026-12-20T08:00:00Z"))
        .andExpect(jsonPath("$.maxPerCountry").value(10));
    for (String lang : new String[] {"en", "ja"}) {
      for (String page :
          new String[] {
            "/dashboard",
            "/cases/" + plan.planId(),
            "/reviewers",
            "/export-control",
            "/calls/" + call
          }) {
        mvc.perform(get(page).with(staff("staff-review")).param("lang", lang))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("??"))));
      }
      mvc.perform(get("/portal").with(reviewer(r)).param("lang", lang))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("??"))))
          .andExpect(content().string(containsString(plan.planId())));
    }
    mvc.perform(get("/calls/" + call).with(staff("staff-review")).param("lang", "en"))
        .andExpect(content().string(containsString("data-plan-id=\"" + plan.planId() + "\"")))
        .andExpect(content().string(containsString("OPTIMAL")));
    mvc.perform(get("/reviewers").with(staff("staff-review")).param("lang", "en"))
        .andExpect(content().string(containsString("data-subject=\"" + r + "\"")));
    mvc.perform(get("/dashboard").with(staff("staff-review")).param("lang", "en"))
        .andExpect(content().string(containsString("data-subject=\"" + r + "\"")));

    String r2 = "page-swap-" + id;
    reviewing.addReviewer(r2, "Swap In " + id, "Other " + id, "AI");
    mvc.perform(
            post("/cases/" + plan.planId() + "/swap")
                .with(staff("staff-review"))
                .param("from", r)
                .param("to", r2))
        .andExpect(flash().attribute("done", "reviewers"));
    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.reviewers").value(org.hamcrest.Matchers.contains(r2)))
        .andExpect(jsonPath("$.pinnedReviewers").value(org.hamcrest.Matchers.contains(r2)));
    mvc.perform(get("/calls/" + call).with(reviewer(r))).andExpect(status().isForbidden());
    mvc.perform(get("/portal").with(staff("staff-review"))).andExpect(status().isForbidden());
  }

  @Test
  void aReviewerWithNothingAssignedSeesTheEmptyState() throws Exception {
    mvc.perform(get("/portal").with(reviewer("idle-" + UUID.randomUUID())).param("lang", "en"))
        .andExpect(content().string(containsString("No plans are assigned to you yet.")));
  }
}
