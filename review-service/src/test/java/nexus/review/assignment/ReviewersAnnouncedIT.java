package nexus.review.assignment;

import static nexus.review.support.Reviewing.reviewer;
import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.events.ReviewersAssigned;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewEventsTopic;
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

/**
 * Every change of a plan's reviewers is announced on review's topic with the full current set
 * ({@code review.reviewers-assigned}), so intake opens the plan's documents to exactly them.
 */
@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ReviewersAnnouncedIT {

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
  void assignmentSwapAndWithdrawalEachPublishTheFullCurrentSet() throws Exception {
    String call = "call-" + id;
    PlanSubmitted plan =
        ReviewFixtures.plan(call, "Host " + id, "Partner " + id, "Counterpart " + id, "TH", "AI");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String pinned = "announced-" + id;
    String swappedIn = "swapped-in-" + id;
    reviewing.addReviewer(pinned, "Aki Pinned", "Pinned Univ " + id, "AI");
    reviewing.addReviewer(swappedIn, "Ken Swapped", "Swap Univ " + id, "History");
    reviewing.pin(plan.planId(), pinned);
    reviewing.solve(call);
    List<String> assigned = reviewersOf(plan.planId());
    assertThat(assigned).hasSize(3).contains(pinned);

    try (ReviewEventsTopic topic = new ReviewEventsTopic(codec)) {
      assertThat(awaitLatest(topic, plan.planId(), assigned).reviewerSubjects())
          .containsExactlyInAnyOrderElementsOf(assigned);

      mvc.perform(
              post("/api/cases/" + plan.planId() + "/reviewers/swap")
                  .with(staff("staff-review"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"from\":\"" + pinned + "\",\"to\":\"" + swappedIn + "\"}"))
          .andExpect(status().isOk());
      List<String> afterSwap = reviewersOf(plan.planId());
      java.util.Set<String> expected = new java.util.HashSet<>(assigned);
      expected.remove(pinned);
      expected.add(swappedIn);
      assertThat(afterSwap).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(awaitLatest(topic, plan.planId(), afterSwap).reviewerSubjects())
          .containsExactlyInAnyOrderElementsOf(afterSwap);

      // the reviewer's portal links each document to intake's reviewer download (gateway path)
      mvc.perform(get("/portal/plans/" + plan.planId()).with(reviewer(swappedIn)))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(
                      containsString(
                          "href=\"/intake/api/reviewer/plans/"
                              + plan.planId()
                              + "/documents/PLAN\"")));

      reviewing.deliver(
          new PlanWithdrawn(plan.planId(), call, plan.institutionId(), "late", Instant.now()));
      assertThat(awaitLatest(topic, plan.planId(), List.of()).reviewerSubjects()).isEmpty();
      List<ReviewersAssigned> all = announced(topic, plan.planId());
      // pin, solve, swap, withdrawal
      assertThat(all).hasSize(4);
      assertThat(all.get(3).at()).isAfterOrEqualTo(all.get(2).at());
    }
  }

  @Test
  void aSolveThatChangesNothingAnnouncesNothingNew() throws Exception {
    String call = "call-" + id;
    PlanSubmitted plan =
        ReviewFixtures.plan(call, "Host " + id, "Partner " + id, "Counterpart " + id, "VN", "AI");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String only = "only-" + id;
    reviewing.addReviewer(only, "Mika Only", "Only Univ " + id, "AI");
    mvc.perform(
            put("/api/calls/" + call + "/settings")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reviewersPerPlan\":1,\"budgetJpy\":1,\"targetAwards\":1}"))
        .andExpect(status().isOk());
    reviewing.pin(plan.planId(), only);

    try (ReviewEventsTopic topic = new ReviewEventsTopic(codec)) {
      awaitLatest(topic, plan.planId(), List.of(only));

      reviewing.solve(call);
      reviewing.solve(call);

      assertThat(reviewersOf(plan.planId())).containsExactly(only);
      // a later announcement (the withdrawal) arrives after anything the solves published
      reviewing.deliver(
          new PlanWithdrawn(plan.planId(), call, plan.institutionId(), "done", Instant.now()));
      awaitLatest(topic, plan.planId(), List.of());
      assertThat(announced(topic, plan.planId()))
          .extracting(ReviewersAssigned::reviewerSubjects)
          .containsExactly(List.of(only), List.of());
    }
  }

  private List<String> reviewersOf(String planId) throws Exception {
    String body =
        mvc.perform(get("/api/cases/" + planId).with(staff("staff-review")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.reviewers");
  }

  private List<ReviewersAssigned> announced(ReviewEventsTopic topic, String planId) {
    return topic.of(planId, "review.reviewers-assigned").stream()
        .map((EventEnvelope e) -> codec.payload(e, ReviewersAssigned.class))
        .toList();
  }

  /** Waits until the plan's latest announcement is the given set, and returns it. */
  private ReviewersAssigned awaitLatest(
      ReviewEventsTopic topic, String planId, List<String> expected) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              List<ReviewersAssigned> all = announced(topic, planId);
              return all.isEmpty() ? null : all.get(all.size() - 1);
            },
            latest ->
                latest != null
                    && latest.reviewerSubjects().size() == expected.size()
                    && latest.reviewerSubjects().containsAll(expected));
  }
}
