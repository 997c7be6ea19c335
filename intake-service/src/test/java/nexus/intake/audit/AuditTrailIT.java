package nexus.intake.audit;

import static nexus.testsupport.TestUsers.applicantOf;
import static nexus.testsupport.TestUsers.staff;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.intake.plan.DraftSubmissions;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reads of personal data and decisions land in the audit trail with who, what, when and the outcome
 * — refused attempts too — and only the service's staff read the trail.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class AuditTrailIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;

  @BeforeEach
  void openACall() {
    if (calls.find(DraftSubmissions.OPEN_CALL).isEmpty()) {
      OpenCalls.openNow(calls);
    }
  }

  @Test
  void aStaffReadOfAPlanAndASubmissionAreInTheTrailWithTheirOutcome() throws Exception {
    String id =
        JsonPath.read(
            DraftSubmissions.submit(mvc, applicantOf("INST-AUDIT"), "MENTOR", "Audited plan", null),
            "$.plan.id");
    mvc.perform(get("/staff/plans/" + id).with(staff("staff-intake"))).andExpect(status().isOk());
    mvc.perform(get("/staff/plans/no-such-plan").with(staff("staff-intake")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/plans/" + id).with(applicantOf("INST-AUDIT")))
        .andExpect(status().isForbidden());

    mvc.perform(
            get("/api/ops/audit")
                .param("action", "plan.read")
                .param("subject", id)
                .with(staff("staff-intake")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].outcome").value("DENIED"))
        .andExpect(jsonPath("$.items[0].actor").value("applicant-INST-AUDIT"))
        .andExpect(jsonPath("$.items[1].outcome").value("OK"))
        .andExpect(jsonPath("$.items[1].actor").value("staff-intake"))
        .andExpect(jsonPath("$.items[1].roles[0]").value("staff-intake"))
        .andExpect(jsonPath("$.items[1].at").exists());
    mvc.perform(get("/api/ops/audit").param("subject", "no-such-plan").with(staff("staff-intake")))
        .andExpect(jsonPath("$.items[0].outcome").value("NOT_FOUND"));
    mvc.perform(
            get("/api/ops/audit")
                .param("action", "plan.submit")
                .param("subject", id)
                .with(staff("staff-intake")))
        .andExpect(jsonPath("$.items[0].outcome").value("OK"))
        .andExpect(jsonPath("$.items[0].actor").value("applicant-INST-AUDIT"));

    mvc.perform(get("/ops/audit").param("subject", id).param("lang", "en").with(staff("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Audit trail")))
        .andExpect(content().string(containsString("plan.read")));
  }

  @Test
  void onlyTheServicesStaffReadTheTrail() throws Exception {
    mvc.perform(get("/api/ops/audit").with(applicantOf("INST-AUDIT")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/ops/audit").with(staff("staff-review")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/ops/audit").param("size", "1000").with(staff("staff-intake")))
        .andExpect(status().isBadRequest());
  }
}
