package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static nexus.intake.plan.PlanFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Staff-intake find any institution's submitted plan and open it with its documents. */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class StaffPlanPagesIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;

  @BeforeEach
  void openACall() {
    OpenCalls.openNow(calls);
  }

  @Test
  void staffSearchByReceiptNumberOrTitleAndOpenThePlanWithItsDocuments() throws Exception {
    String body =
        DraftSubmissions.submit(
            mvc, applicantOf("INST-STAFF1"), "YOUNG_TALENT", "Quantum sensors exchange", null);
    String id = JsonPath.read(body, "$.plan.id");
    String receipt = JsonPath.read(body, "$.plan.receiptNumber");
    DraftSubmissions.submit(
        mvc, applicantOf("INST-STAFF2"), "MENTOR", "Coastal ecology mentoring", null);

    mvc.perform(
            get("/staff/plans")
                .param("q", "quantum SENSORS")
                .param("lang", "en")
                .with(staff("staff-intake")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Quantum sensors exchange")))
        .andExpect(content().string(not(containsString("Coastal ecology mentoring"))));
    mvc.perform(get("/staff/plans").param("q", receipt).with(staff("staff-intake")))
        .andExpect(content().string(containsString("Quantum sensors exchange")));
    // text is matched literally, never as a pattern
    mvc.perform(
            get("/staff/plans").param("q", ".*").param("lang", "en").with(staff("staff-intake")))
        .andExpect(content().string(containsString("No plan matches.")));

    mvc.perform(get("/staff/plans/" + id).with(staff("staff-intake")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(receipt)))
        .andExpect(content().string(containsString("Somchai")))
        .andExpect(content().string(containsString("/api/staff/plans/" + id + "/documents/PLAN")));
  }

  @Test
  void applicantsAndOtherStaffCannotSearchEveryInstitutionsPlans() throws Exception {
    mvc.perform(get("/staff/plans").with(applicantOf("INST-STAFF1")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/staff/plans").with(staff("staff-alumni"))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/plans/P-unknown").with(staff("staff-intake")))
        .andExpect(status().isNotFound());
  }
}
