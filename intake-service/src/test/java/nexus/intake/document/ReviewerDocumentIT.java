package nexus.intake.document;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import nexus.events.EventCodec;
import nexus.events.ReviewersAssigned;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.intake.plan.DraftSubmissions;
import nexus.messaging.EventInbox;
import nexus.testsupport.TestUsers;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reviewers read the documents of the plans review currently assigns to them, as announced by
 * {@code review.reviewers-assigned} (the full set, newest wins): anyone else gets 404, a reviewer
 * taken off the plan loses access, and an older set delivered late grants nothing again.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ReviewerDocumentIT {

  private static final JwtRequestPostProcessor TANAKA = TestUsers.staff("reviewer");

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @BeforeEach
  void openACall() {
    if (calls.find(DraftSubmissions.OPEN_CALL).isEmpty()) {
      OpenCalls.openNow(calls);
    }
  }

  @Test
  void anAssignedReviewerListsAndDownloadsThePlansDocumentsAndNobodyElseDoes() throws Exception {
    String planId = submitted("INST-RD1", "Reviewed documents");
    Instant at = Instant.parse("2026-01-10T00:00:00Z");
    deliver(new ReviewersAssigned(planId, List.of("reviewer", "reviewer-other"), at));

    mvc.perform(get(listPath(planId)).with(TANAKA))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind").isNotEmpty());
    mvc.perform(get(listPath(planId) + "/PLAN").with(TANAKA)).andExpect(status().isOk());

    JwtRequestPostProcessor unassigned = reviewer("reviewer-unassigned");
    mvc.perform(get(listPath(planId)).with(unassigned)).andExpect(status().isNotFound());
    mvc.perform(get(listPath(planId) + "/PLAN").with(unassigned)).andExpect(status().isNotFound());
    // the staff API is not the reviewers' way in, and reviewers' API is for reviewers only
    mvc.perform(get("/api/staff/plans/" + planId + "/documents/PLAN").with(TANAKA))
        .andExpect(status().isForbidden());
    mvc.perform(get(listPath(planId) + "/PLAN").with(TestUsers.applicantOf("INST-RD1")))
        .andExpect(status().isForbidden());
    mvc.perform(get(listPath("no-such-plan")).with(TANAKA)).andExpect(status().isNotFound());
  }

  @Test
  void aReviewerTakenOffThePlanLosesAccessAndALateOlderSetDoesNotGrantItAgain() throws Exception {
    String planId = submitted("INST-RD2", "Reassigned plan");
    Instant first = Instant.parse("2026-01-10T00:00:00Z");
    Instant later = first.plusSeconds(60);
    deliver(new ReviewersAssigned(planId, List.of("reviewer"), first));
    mvc.perform(get(listPath(planId) + "/PLAN").with(TANAKA)).andExpect(status().isOk());

    deliver(new ReviewersAssigned(planId, List.of("reviewer-swapped-in"), later));
    mvc.perform(get(listPath(planId) + "/PLAN").with(TANAKA)).andExpect(status().isNotFound());
    mvc.perform(get(listPath(planId) + "/PLAN").with(reviewer("reviewer-swapped-in")))
        .andExpect(status().isOk());

    // the earlier set arrives again (redelivered with a new event id): the newer one stands
    deliver(new ReviewersAssigned(planId, List.of("reviewer"), first));
    mvc.perform(get(listPath(planId) + "/PLAN").with(TANAKA)).andExpect(status().isNotFound());

    // withdrawal: the empty set closes the documents to everyone
    deliver(new ReviewersAssigned(planId, List.of(), later.plusSeconds(60)));
    mvc.perform(get(listPath(planId) + "/PLAN").with(reviewer("reviewer-swapped-in")))
        .andExpect(status().isNotFound());
  }

  private void deliver(ReviewersAssigned assigned) {
    inbox.handle(codec.encode(codec.wrap(assigned, "review-service", null)));
  }

  private String submitted(String institutionId, String title) throws Exception {
    return JsonPath.read(
        DraftSubmissions.submit(mvc, TestUsers.applicantOf(institutionId), "MENTOR", title, "en"),
        "$.plan.id");
  }

  private static String listPath(String planId) {
    return "/api/reviewer/plans/" + planId + "/documents";
  }

  private static JwtRequestPostProcessor reviewer(String subject) {
    return TestUsers.staff("reviewer")
        .jwt(j -> j.subject(subject).claim("roles", List.of("reviewer")).claim("name", subject));
  }
}
