package nexus.reporting.statistics;

import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nexus.events.EventCodec;
import nexus.events.InstitutionRegistered;
import nexus.events.IntegrationEvent;
import nexus.events.PaymentDisbursed;
import nexus.events.SettlementCompleted;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.obligation.ObligationFixtures;
import nexus.testsupport.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Statistics follow participant lists and money events, per call, with CSV and Excel exports. */
class StatisticsIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  static final String LIST =
      """
      {"participants":[
        {"name":"Stat One","birthDate":"1998-04-01","category":"GRADUATE_STUDENT","role":"PARTICIPANT","country":"TH",
         "visits":[{"start":"2026-03-01","end":"2026-03-10","direction":"INVITATION"},
                   {"start":"2026-06-01","end":"2026-06-05","direction":"DISPATCH"}],
         "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+66","mofaRegistered":true}}%s
      ]}""";

  static final String SECOND =
      """
      ,{"name":"Stat Two","birthDate":"1996-04-01","category":"POSTDOC","role":"PARTICIPANT","country":"VN",
        "visits":[{"start":"2026-03-01","end":"2026-03-20","direction":"INVITATION"}],
        "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+84","mofaRegistered":false}}""";

  @Test
  void peopleAndBudgetAreCountedPerCallAndACorrectedListReplacesTheFirst() throws Exception {
    String call = "stats-" + System.nanoTime();
    String planId = newPlanId();
    deliver(
        new InstitutionRegistered(
            "INST-A", "A大学", "University A", "UNIVERSITY", Instant.parse("2025-09-01T00:00:00Z")));
    deliver(ObligationFixtures.awarded(planId, "YOUNG_TALENT", call));
    deliver(hostSigned(planId));
    submit(planId, LIST.formatted(SECOND));

    await()
        .atMost(WAIT)
        .until(() -> people(call, "$.country[?(@.value=='VN')].people").contains("1"));
    String json = peopleJson(call);
    assertThat(
            JsonPath.<Object>read(json, "$.direction[?(@.value=='INVITATION')].personDays")
                .toString())
        .isEqualTo("[30]");
    assertThat(JsonPath.<Object>read(json, "$.direction[?(@.value=='DISPATCH')].people").toString())
        .isEqualTo("[1]");
    assertThat(JsonPath.<Object>read(json, "$.course[0].personDays").toString()).isEqualTo("35");
    assertThat(JsonPath.<Object>read(json, "$.institutionType[0].value").toString())
        .isEqualTo("UNIVERSITY");

    submit(planId, LIST.formatted(""));
    await()
        .atMost(WAIT)
        .until(() -> people(call, "$.country[?(@.value=='VN')].people").equals("[]"));
    assertThat(JsonPath.<Object>read(peopleJson(call), "$.course[0].people").toString())
        .isEqualTo("1");

    deliver(new PaymentDisbursed(planId, "pay-1", "INST-A", 5_000_000L, Instant.now()));
    deliver(
        new SettlementCompleted(planId, "INST-A", 5_000_000L, 4_600_000L, 400_000L, Instant.now()));
    mvc.perform(
            get("/statistics/budget.csv")
                .param("lang", "en")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(call + ",1,7000000,5000000,4600000,400000")));

    String csv =
        mvc.perform(
                get("/statistics/country.csv")
                    .param("call", call)
                    .param("lang", "en")
                    .with(TestUsers.staff("staff-reporting")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("Country,People,Person-days", "TH,1,15");
    byte[] xlsx =
        mvc.perform(
                get("/statistics/direction.xlsx")
                    .param("call", call)
                    .with(TestUsers.staff("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
    }
    mvc.perform(get("/statistics").param("call", call).with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"people-country\"")))
        .andExpect(content().string(containsString("タイ")))
        .andExpect(content().string(containsString("<svg")));
    mvc.perform(get("/statistics").with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isForbidden());
  }

  private void submit(String planId, String body) throws Exception {
    mvc.perform(
            put("/api/plans/" + planId + "/participant-list")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  private String peopleJson(String call) throws Exception {
    return mvc.perform(
            get("/api/statistics/people")
                .param("call", call)
                .with(TestUsers.staff("staff-reporting")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String people(String call, String path) throws Exception {
    return JsonPath.<Object>read(peopleJson(call), path).toString();
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
