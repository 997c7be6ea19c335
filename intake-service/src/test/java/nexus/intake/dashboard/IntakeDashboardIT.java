package nexus.intake.dashboard;

import static nexus.intake.plan.PlanFixturesAccess.applicant;
import static nexus.intake.plan.PlanFixturesAccess.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import nexus.intake.call.CallCatalog;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class IntakeDashboardIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;

  @Test
  void staffSeeTheCallsAndMoveAWindowOnlyWithAReason() throws Exception {
    calls.copy("ytec-2025", 2040);
    mvc.perform(get("/dashboard").with(staff()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-call-id=\"ytec-2040\"")))
        .andExpect(content().string(containsString("2040-10-15 12:00")));

    mvc.perform(
            post("/dashboard/calls/ytec-2040/window")
                .with(staff())
                .param("opensAt", "2040-08-22T00:00")
                .param("closesAt", "2040-10-20T12:00"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("windowError", "call.reason.required"));
    assertThat(calls.find("ytec-2040").orElseThrow().closesAt())
        .isEqualTo(LocalDateTime.parse("2040-10-15T12:00"));

    mvc.perform(
            post("/dashboard/calls/ytec-2040/window")
                .with(staff())
                .param("opensAt", "2040-08-22T00:00")
                .param("closesAt", "2040-10-20T12:00")
                .param("reason", "Extension after the 10-15 outage"))
        .andExpect(flash().attribute("windowMoved", "ytec-2040"));
    assertThat(calls.find("ytec-2040").orElseThrow().closesAt())
        .isEqualTo(LocalDateTime.parse("2040-10-20T12:00"));
  }

  @Test
  void applicantsCannotSeeTheDashboardOrMoveAWindow() throws Exception {
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(
            post("/dashboard/calls/ytec-2025/window")
                .with(applicant())
                .param("opensAt", "2025-08-22T00:00")
                .param("closesAt", "2026-10-20T12:00")
                .param("reason", "mine"))
        .andExpect(status().isForbidden());
    assertThat(calls.find("ytec-2025").orElseThrow().closesAt())
        .isEqualTo(LocalDateTime.parse("2025-10-15T12:00"));
  }
}
