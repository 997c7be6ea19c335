package nexus.intake.call;

import static nexus.intake.plan.PlanFixturesAccess.applicant;
import static nexus.intake.plan.PlanFixturesAccess.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class CallApiIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void theVersionedCallIsLoadedAtFirstStartAndItsOpeningPublished() throws Exception {
    mvc.perform(get("/api/calls").with(applicant()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem("ytec-2025")));
    await().atMost(Duration.ofSeconds(30)).until(() -> pending("ytec-2025") == 0);
  }

  @Test
  void staffOpenNextYearsCallAsACopyWithEveryDateMovedOnce() throws Exception {
    mvc.perform(copy(2027).with(staff()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value("ytec-2027"))
        .andExpect(jsonPath("$.fiscalYear").value(2027))
        .andExpect(jsonPath("$.closesAt").value("2027-10-15T12:00:00"))
        .andExpect(jsonPath("$.exchangeEndBy").value("2028-12-31"))
        .andExpect(jsonPath("$.courses.YOUNG_TALENT.baseBudgetJpy").value(7_000_000));
    mvc.perform(copy(2027).with(staff())).andExpect(status().isConflict());
    await().atMost(Duration.ofSeconds(30)).until(() -> pending("ytec-2027") == 0);
  }

  @Test
  void staffExtendTheDeadlineWithAReasonThatIsKept() throws Exception {
    mvc.perform(copy(2029).with(staff())).andExpect(status().isCreated());
    mvc.perform(
            put("/api/staff/calls/ytec-2029/window")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"opensAt\":\"2029-08-22T00:00:00\",\"closesAt\":\"2029-10-16T12:00:00\","
                        + "\"reason\":\"Upload failures on deadline day (incident 42)\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.closesAt").value("2029-10-16T12:00:00"));
    mvc.perform(get("/api/calls/ytec-2029").with(applicant()))
        .andExpect(jsonPath("$.closesAt").value("2029-10-16T12:00:00"));
    Document stored = mongo.getCollection("calls").find(new Document("_id", "ytec-2029")).first();
    Document change = stored.getList("history", Document.class).get(0);
    assertThat(change.getString("reason")).contains("incident 42");
    assertThat(change.getString("by")).isEqualTo("staff-intake");

    mvc.perform(
            put("/api/staff/calls/ytec-2029/window")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"opensAt\":\"2029-10-16T12:00:00\",\"closesAt\":\"2029-08-22T00:00:00\",\"reason\":\"x\"}"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(
            put("/api/staff/calls/ytec-2029/window")
                .with(applicant())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"opensAt\":\"2029-08-22T00:00:00\",\"closesAt\":\"2029-12-16T12:00:00\",\"reason\":\"x\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void onlyIntakeStaffOpenCallsAndUnknownCallsAreNotFound() throws Exception {
    mvc.perform(copy(2028).with(applicant())).andExpect(status().isForbidden());
    mvc.perform(
            post("/api/staff/calls/nope/copy")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fiscalYear\":2030}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/staff/calls/ytec-2025/copy")
                .with(staff())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fiscalYear\":1999}"))
        .andExpect(status().isBadRequest());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder copy(
      int year) {
    return post("/api/staff/calls/ytec-2025/copy")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"fiscalYear\":" + year + "}");
  }

  private int pending(String callId) {
    Document call = mongo.getCollection("calls").find(new Document("_id", callId)).first();
    return call == null ? -1 : call.getList("outbox", Document.class).size();
  }
}
