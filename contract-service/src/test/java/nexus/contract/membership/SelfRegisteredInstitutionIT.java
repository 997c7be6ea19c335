package nexus.contract.membership;

import static nexus.contract.CaseFixtures.DECIDED_AT;
import static nexus.contract.CaseFixtures.newPlanId;
import static nexus.contract.CaseFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import nexus.events.PlanAwarded;
import nexus.events.PlanAwarded.InstitutionAward;
import nexus.messaging.EventInbox;
import nexus.testsupport.SignedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A host that signed up and registered its institution at intake has a token without an institution
 * claim; contract knows it from intake's {@code member.joined}: its member sees, fills in and signs
 * its own case and no other institution's, until it leaves.
 */
@ContractIT
class SelfRegisteredInstitutionIT {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired MongoTemplate mongo;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String institution = "INST-SELF-" + run;
  private final String email = "host-" + run + "@hokuriku-kosen.example";
  private final String token = SignedTokens.createdAccount(email);

  @Test
  void aMemberOfASelfRegisteredInstitutionSeesAndSignsItsOwnCaseAndNoOther() throws Exception {
    String own = newPlanId();
    String other = newPlanId();
    deliver(award(own, institution), "review-service");
    deliver(award(other, "INST-ELSEWHERE-" + run), "review-service");
    // before intake said who the member is, the login is nobody here
    mvc.perform(get("/api/my/cases").header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isForbidden());

    deliver(joined("M-" + run), "intake-service");

    mvc.perform(get("/api/my/cases").header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].planId").value(own));
    mvc.perform(get("/api/my/cases/" + other).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isNotFound());
    String page =
        mvc.perform(get("/my/cases").header(HttpHeaders.AUTHORIZATION, token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(own).doesNotContain(other);

    // the host hands in the work plan, staff approve it, the host signs its agreement
    mvc.perform(
            put("/api/my/cases/" + own + "/work-plan")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(CaseDriver.WORK_PLAN))
        .andExpect(status().isOk());
    new CaseDriver(mvc).decideWorkPlan(own, true, "").andExpect(status().isOk());
    String agreement =
        JsonPath.read(new CaseDriver(mvc).json(own), "$.agreements[0].agreementId").toString();
    String sha =
        mvc.perform(
                get("/api/my/cases/" + own + "/agreements/" + agreement + "/pdf")
                    .header(HttpHeaders.AUTHORIZATION, token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("X-Content-SHA256");
    mvc.perform(
            post("/api/my/cases/" + own + "/agreements/" + agreement + "/signature")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sha256\":\"" + sha + "\",\"confirm\":true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agreements[0].institutionSignature.signerId").value(email))
        .andExpect(jsonPath("$.agreements[0].signed").value(false));
  }

  @Test
  void aRemovedMemberNoLongerActsForTheInstitutionEvenWhenTheRemovalOvertookTheJoin()
      throws Exception {
    String plan = newPlanId();
    deliver(award(plan, institution), "review-service");
    deliver(joined("M-" + run), "intake-service");
    mvc.perform(get("/api/my/cases/" + plan).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isOk());

    deliver(left("M-" + run), "intake-service");
    mvc.perform(get("/api/my/cases/" + plan).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isForbidden());

    // a second membership whose removal arrived first (another partition's order)
    deliver(left("M2-" + run), "intake-service");
    deliver(joined("M2-" + run), "intake-service");
    mvc.perform(get("/api/my/cases/" + plan).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isForbidden());
  }

  @Test
  void aRepeatedOrReplayedJoinIsKeptOnce() throws Exception {
    byte[] once = envelope(joined("M-" + run), "intake-service");
    assertThat(inbox.handle(once)).isEqualTo(EventInbox.Outcome.APPLIED);
    assertThat(inbox.handle(once)).isEqualTo(EventInbox.Outcome.DUPLICATE);
    deliver(joined("M-" + run), "intake-service"); // the same fact under a new event id

    assertThat(
            mongo
                .getCollection("institution_members")
                .countDocuments(Filters.eq("institutionId", institution)))
        .isEqualTo(1);
    assertThat(
            mongo
                .getCollection("institution_members")
                .find(Filters.eq("_id", "M-" + run))
                .first()
                .toJson())
        .doesNotContain(email);
  }

  private MemberJoined joined(String memberId) {
    return new MemberJoined(
        institution,
        memberId,
        MemberJoined.subjectKey(email),
        "STAFF",
        "北陸工業高等専門学校 " + run,
        "TECHNICAL_COLLEGE",
        Instant.parse("2026-05-01T00:00:00Z"));
  }

  private MemberLeft left(String memberId) {
    return new MemberLeft(
        institution,
        memberId,
        MemberJoined.subjectKey(email),
        Instant.parse("2026-06-01T00:00:00Z"));
  }

  /** An unconditional award of the institution alone. */
  private static PlanAwarded award(String planId, String host) {
    return new PlanAwarded(
        planId,
        "ytec-2025",
        host,
        "YOUNG_TALENT",
        7_700_000L,
        List.of(),
        DECIDED_AT,
        "Self-registered host's plan",
        List.of(new InstitutionAward(host, "Host " + host, "HOST", 7_700_000L)),
        snapshot());
  }

  private void deliver(IntegrationEvent event, String producer) {
    inbox.handle(envelope(event, producer));
  }

  private byte[] envelope(IntegrationEvent event, String producer) {
    return codec.encode(codec.wrap(event, producer, null));
  }
}
