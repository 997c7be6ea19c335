package nexus.review.scoring;

import static nexus.review.support.Reviewing.reviewer;
import static nexus.testsupport.TestUsers.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.PlanSubmitted;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewFixtures;
import nexus.review.support.Reviewing;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ReviewerPortalIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;
  Reviewing reviewing;
  String id;

  @BeforeEach
  void setUp() {
    reviewing = new Reviewing(mvc, codec, inbox);
    id = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aConflictedReviewerIsNeverAssignedAndNeverSeesThePlan() throws Exception {
    String call = "call-" + id;
    String host = "Kyoto Institute " + id;
    PlanSubmitted plan =
        ReviewFixtures.plan(call, host, "Osaka Lab " + id, "Chula " + id, "TH", "AI");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String sameHost = "colleague-" + id;
    String named = "participant-" + id;
    String free = "free-" + id;
    reviewing.addReviewer(sameHost, "Hanako Sato", host.toUpperCase() + ", Inc.", "AI");
    reviewing.addReviewer(named, "SOMCHAI  jaidee", "Elsewhere University", "AI");
    reviewing.addReviewer(free, "Taro Yamada", "Independent " + id, "AI");
    reviewing.pin(plan.planId(), free); // the committee is shared by the tests: keep one known

    reviewing.solve(call);

    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.reviewers.length()").value(3))
        .andExpect(jsonPath("$.reviewers", not(hasItem(sameHost))))
        .andExpect(jsonPath("$.reviewers", not(hasItem(named))))
        .andExpect(jsonPath("$.reviewers", hasItem(free)));
    mvc.perform(
            post("/api/cases/" + plan.planId() + "/reviewers/" + sameHost + "/pin")
                .with(staff("staff-review")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("assignment.conflicted"));
    mvc.perform(
            post("/api/cases/" + plan.planId() + "/reviewers/swap")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"" + free + "\",\"to\":\"" + named + "\"}"))
        .andExpect(status().isConflict());

    for (String conflicted : new String[] {sameHost, named}) {
      mvc.perform(get("/api/my/plans/" + plan.planId()).with(reviewer(conflicted)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/my/plans/" + plan.planId() + "/score").with(reviewer(conflicted)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/portal/plans/" + plan.planId()).with(reviewer(conflicted)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/my/plans").with(reviewer(conflicted)))
          .andExpect(content().string(not(containsString(plan.planId()))));
    }
    mvc.perform(get("/portal/plans/" + plan.planId()).with(reviewer(free)).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(plan.title())))
        .andExpect(content().string(not(containsString("Somchai"))))
        .andExpect(content().string(not(containsString("2000-05-01"))));
  }

  @Test
  void aReviewerWhoDeclaresAConflictLeavesThePlanAndIsNotAssignedAgain() throws Exception {
    String call = "call-" + id;
    PlanSubmitted plan =
        ReviewFixtures.plan(call, "Host " + id, "Partner " + id, "Counterpart " + id, "VN", "AI");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String declarer = "declarer-" + id;
    reviewing.addReviewer(declarer, "Jiro Suzuki", "Somewhere " + id, "AI");
    reviewing.pin(plan.planId(), declarer);

    mvc.perform(
            post("/api/my/plans/" + plan.planId() + "/conflict")
                .with(reviewer(declarer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"co-author of the PI\"}"))
        .andExpect(status().isOk());
    reviewing.solve(call);

    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.reviewers", not(hasItem(declarer))));
    mvc.perform(get("/api/my/plans/" + plan.planId()).with(reviewer(declarer)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aReSolveKeepsAReviewerWhoStartedScoring() throws Exception {
    String call = "call-" + id;
    PlanSubmitted plan =
        ReviewFixtures.plan(call, "Host " + id, "Partner " + id, "Counterpart " + id, "KH", "AI");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String started = "started-" + id;
    reviewing.addReviewer(started, "Sachi Start", "Start Univ " + id, "History");
    reviewing.addReviewer("expert-" + id, "Eiji Expert", "Expert Univ " + id, "AI");
    // one reviewer per plan: without the started sheet, the AI expert would take the only slot
    mvc.perform(
            put("/api/calls/" + call + "/settings")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reviewersPerPlan\":1,\"budgetJpy\":1,\"targetAwards\":1}"))
        .andExpect(status().isOk());
    reviewing.pin(plan.planId(), started);
    mvc.perform(
            put("/api/my/plans/" + plan.planId() + "/score")
                .with(reviewer(started))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\":{\"I\":3},\"comments\":{}}"))
        .andExpect(status().isOk());
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/cases/" + plan.planId() + "/reviewers/" + started + "/pin")
                .with(staff("staff-review")))
        .andExpect(status().isOk());

    reviewing.solve(call);

    mvc.perform(get("/api/cases/" + plan.planId()).with(staff("staff-review")))
        .andExpect(jsonPath("$.reviewers").value(org.hamcrest.Matchers.contains(started)));
    mvc.perform(get("/api/my/plans/" + plan.planId()).with(reviewer(started)))
        .andExpect(status().isOk());
  }

  @Test
  void aReviewerNeverSeesAnotherReviewersScores() throws Exception {
    PlanSubmitted plan =
        ReviewFixtures.plan(
            "call-" + id, "Host " + id, "Partner " + id, "Counterpart " + id, "MY", "Water");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String a = "alice-" + id;
    String b = "bob-" + id;
    reviewing.addReviewer(a, "Alice Ito", "Univ A " + id, "Water");
    reviewing.addReviewer(b, "Bob Kato", "Univ B " + id, "Water");
    reviewing.pin(plan.planId(), a);
    reviewing.pin(plan.planId(), b);

    mvc.perform(
            put("/api/my/plans/" + plan.planId() + "/score")
                .with(reviewer(a))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"scores\":{\"I\":5,\"IV\":2},\"comments\":{\"I\":\"secret-" + id + "\"}}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"));

    mvc.perform(get("/api/my/plans/" + plan.planId() + "/score").with(reviewer(b)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("NONE"))
        .andExpect(jsonPath("$.scores").isEmpty());
    mvc.perform(get("/portal/plans/" + plan.planId()).with(reviewer(b)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("secret-" + id))));
    mvc.perform(get("/portal/plans/" + plan.planId()).with(reviewer(a)))
        .andExpect(content().string(containsString("secret-" + id)));
    mvc.perform(get("/api/cases/" + plan.planId()).with(reviewer(b)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/calls/call-" + id + "/ranking").with(reviewer(b)))
        .andExpect(status().isForbidden());

    mvc.perform(
            post("/api/my/plans/" + plan.planId() + "/score/submit")
                .with(reviewer(a))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\":{\"I\":5},\"comments\":{}}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("scoring.incomplete"));
    reviewing.submitScores(a, plan.planId(), 4);
    mvc.perform(
            put("/api/my/plans/" + plan.planId() + "/score")
                .with(reviewer(a))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\":{\"I\":1},\"comments\":{}}"))
        .andExpect(status().isConflict());
  }
}
