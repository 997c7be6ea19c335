package nexus.contract.erasure;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.awardWithPartner;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.events.AlumniErased;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantListSubmitted;
import nexus.events.ParticipantRecord;
import nexus.messaging.EventInbox;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's erasure in contract: after reporting's list and alumni's erasure, the erased person is
 * gone from the work plan, every kept version and every amendment's proposal (API, staff and host
 * pages, the stored case); the other participant and the number of entries stay; once only.
 */
@ContractIT
class ErasureIT {

  private static final String BOTH =
      """
      {"budget":{"suppliesJpy":900000,"honorariaJpy":400000,"travelJpy":4500000,"otherJpy":500000,"indirectJpy":630000},
       "start":"2026-02-01","end":"2026-11-30",
       "participants":["Siti Rahman (PARTICIPANT)","Ahmad Yusof (PARTICIPANT)"]}
      """;
  private static final String AMENDMENT =
      """
      {"budget":{"suppliesJpy":600000,"honorariaJpy":400000,"travelJpy":4800000,"otherJpy":500000,"indirectJpy":630000},
       "start":"2026-02-01","end":"2026-12-15",
       "participants":["RAHMAN Siti (PARTICIPANT)","Ahmad Yusof (PARTICIPANT)"],
       "reason":"Flights rose"}
      """;

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired MongoTemplate mongo;

  @Test
  void anErasedParticipantIsGoneFromTheWorkPlanItsVersionsAndAmendments() throws Exception {
    CaseDriver driver = new CaseDriver(mvc);
    String planId = newPlanId();
    deliver(awardWithPartner(planId), "review-service");
    assertThat(driver.json(planId)).contains("Siti Rahman (PARTICIPANT)");
    driver.closeCondition(planId, "C1").andExpect(status().isOk());
    driver.submitWorkPlan(planId, BOTH).andExpect(status().isOk());
    driver.decideWorkPlan(planId, true, "").andExpect(status().isOk());
    mvc.perform(
            post("/api/my/cases/" + planId + "/amendments")
                .with(applicantOf(HOST))
                .contentType(MediaType.APPLICATION_JSON)
                .content(AMENDMENT))
        .andExpect(status().isOk());

    deliver(list(planId), "reporting-service");
    byte[] erasure = envelope(erasure(planId), "alumni-service");
    assertThat(inbox.handle(erasure)).isEqualTo(EventInbox.Outcome.APPLIED);

    String json = driver.json(planId);
    assertThat(json).doesNotContain("Siti", "Rahman").contains("Ahmad Yusof (PARTICIPANT)");
    assertThat((List<String>) JsonPath.read(json, "$.workPlan.participants"))
        .containsExactly("(erased) (PARTICIPANT)", "Ahmad Yusof (PARTICIPANT)");
    assertThat(stored(planId)).doesNotContain("Siti", "Rahman").contains("participant.erased");
    assertThat(page("/cases/" + planId, contractStaff("staff-a"))).doesNotContain("Siti");
    assertThat(page("/my/cases/" + planId, applicantOf(HOST))).doesNotContain("Siti");
    assertThat(
            mongo
                .getCollection("audit_log")
                .countDocuments(
                    new Document("subject", planId).append("action", "participant.erased")))
        .isEqualTo(1);

    assertThat(inbox.handle(erasure)).isEqualTo(EventInbox.Outcome.DUPLICATE);
    String once = stored(planId);
    deliver(erasure(planId), "alumni-service");
    assertThat(stored(planId)).isEqualTo(once);
  }

  @Test
  void anErasureBeforeTheListIsAppliedWhenTheListArrives() throws Exception {
    String planId = newPlanId();
    deliver(awardWithPartner(planId), "review-service");

    deliver(erasure(planId), "alumni-service");
    assertThat(stored(planId)).contains("Siti Rahman");

    deliver(list(planId), "reporting-service");
    assertThat(stored(planId)).doesNotContain("Siti").contains("Ahmad Yusof");
  }

  private static ParticipantListSubmitted list(String planId) {
    List<ParticipantRecord> people =
        List.of(
            new ParticipantRecord(
                "pt-siti",
                "Siti Rahman",
                "siti@um.example",
                "MY",
                "UM",
                "GRADUATE_STUDENT",
                "PARTICIPANT",
                "INVITATION"),
            new ParticipantRecord(
                "pt-ahmad",
                "Ahmad Yusof",
                null,
                "MY",
                "UM",
                "POSTDOC",
                "PARTICIPANT",
                "INVITATION"));
    return new ParticipantListSubmitted(
        planId, List.of("pt-siti", "pt-ahmad"), Instant.now(), "ytec-2025", people);
  }

  private static AlumniErased erasure(String planId) {
    return new AlumniErased(
        "alum-siti", List.of(new AlumniErased.PlanParticipant(planId, "pt-siti")), Instant.now());
  }

  private byte[] envelope(IntegrationEvent event, String source) {
    return codec.encode(codec.wrap(event, source, null));
  }

  private void deliver(IntegrationEvent event, String source) {
    assertThat(inbox.handle(envelope(event, source))).isEqualTo(EventInbox.Outcome.APPLIED);
  }

  private String stored(String planId) {
    Document d = mongo.getCollection("contract_cases").find(new Document("_id", planId)).first();
    d.remove("outbox");
    return d.toJson();
  }

  private String page(
      String path, org.springframework.test.web.servlet.request.RequestPostProcessor user)
      throws Exception {
    return mvc.perform(get(path).with(user).param("lang", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
