package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class PlanCheckApiIT {

  static final String NINETY_ONE_DAYS =
      """
      {"course":"YOUNG_TALENT","exchangeStart":"2026-01-15","exchangeEnd":"2026-12-20",
       "counterparts":[{"institution":"Chulalongkorn University","country":"TH"}],
       "participants":[{"name":"Somchai","birthDate":"2000-05-01","category":"GRADUATE_STUDENT",
         "role":"PARTICIPANT","affiliation":"CU",
         "visits":[{"start":"2026-01-15","end":"2026-03-05","direction":"INVITATION","place":"Kyoto"},
                   {"start":"2026-06-01","end":"2026-07-11","direction":"INVITATION","place":"Kyoto"}]}],
       "budgetItems":[{"category":"TRAVEL","description":"Flights","amountJpy":3000000}],
       "indirectJpy":300000}
      """;

  @Autowired MockMvc mvc;

  @Test
  void ninetyOneDaysIsNamedWithItsFieldAndLimitInTheUsersLanguage() throws Exception {
    mvc.perform(
            post("/api/calls/ytec-2025/check")
                .with(applicantOf("INST-A"))
                .param("lang", "ja")
                .contentType(MediaType.APPLICATION_JSON)
                .content(NINETY_ONE_DAYS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(false))
        .andExpect(jsonPath("$.violations[0].rule").value("stay-limit"))
        .andExpect(jsonPath("$.violations[0].field").value("participants[0].visits"))
        .andExpect(jsonPath("$.violations[0].limits[2]").value(90))
        .andExpect(jsonPath("$.violations[0].message").value(containsString("合計91日")));
    mvc.perform(
            post("/api/calls/ytec-2025/check")
                .with(applicantOf("INST-A"))
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(NINETY_ONE_DAYS.replace("2026-07-11", "2026-07-10")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(true))
        .andExpect(jsonPath("$.violations").isEmpty());
  }

  @Test
  void unknownCallIsNotFoundAndAnonymousCallersAreRefused() throws Exception {
    mvc.perform(
            post("/api/calls/nope/check")
                .with(applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(NINETY_ONE_DAYS))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/calls/ytec-2025/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content(NINETY_ONE_DAYS))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void malformedPlanIsAClearProblemNotAServerError() throws Exception {
    mvc.perform(
            post("/api/calls/ytec-2025/check")
                .with(applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"course\": \"YOUNG_TALENT\", \"exchangeStart\": \"not a date\"}"))
        .andExpect(status().isBadRequest());
  }
}
