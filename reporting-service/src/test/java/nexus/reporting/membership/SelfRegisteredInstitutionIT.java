package nexus.reporting.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.AgreementSigned;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import nexus.events.PlanAwarded;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.obligation.ObligationFixtures;
import nexus.testsupport.SignedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A host that signed up and registered its institution at intake has a token without an institution
 * claim; reporting knows it from intake's {@code member.joined}: its member sees its own plan's
 * duties and hands in its reports, and sees no other institution's plan, until it leaves.
 */
class SelfRegisteredInstitutionIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String institution = "INST-SELF-" + run;
  private final String email = "host-" + run + "@hokuriku-kosen.example";
  private final String token = SignedTokens.createdAccount(email);

  @Test
  void aMemberOfASelfRegisteredInstitutionSeesAndReportsOnItsOwnPlanAndNoOther() throws Exception {
    String own = ObligationFixtures.newPlanId();
    String other = ObligationFixtures.newPlanId();
    awardedAndSigned(own, institution);
    awardedAndSigned(other, "INST-ELSEWHERE-" + run);
    mvc.perform(get("/api/plans/mine").header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isForbidden());

    deliver(joined("M-" + run));

    mvc.perform(get("/api/plans/mine").header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.length()").value(1))
        .andExpect(jsonPath("$.content[0].planId").value(own));
    mvc.perform(get("/api/plans/" + other).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isNotFound());
    String page =
        mvc.perform(get("/plans").header(HttpHeaders.AUTHORIZATION, token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("data-plan-id=\"" + own + "\"").doesNotContain(other);

    // the outcome report on the host's page; the other institution's plan takes none
    mvc.perform(
            post("/plans/" + own + "/outcome-report")
                .header(HttpHeaders.AUTHORIZATION, token)
                .param("summary", "Thirty days of joint experiments")
                .param("outcomes", "A joint paper")
                .param("followUp", "A yearly seminar"))
        .andExpect(redirectedUrl("/plans/" + own + "?outcome"));
    mvc.perform(
            put("/api/plans/" + other + "/outcome-report")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"summary\":\"s\",\"outcomes\":\"o\",\"partnerContribution\":\"p\","
                        + "\"followUp\":\"f\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/" + own + "/reports").header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.outcomeReport.content.summary").value("Thirty days of joint experiments"));
  }

  @Test
  void aRemovedMemberSeesTheInstitutionsPlansNoMore() throws Exception {
    String own = ObligationFixtures.newPlanId();
    awardedAndSigned(own, institution);
    byte[] join = envelope(joined("M-" + run));
    assertThat(inbox.handle(join)).isEqualTo(EventInbox.Outcome.APPLIED);
    assertThat(inbox.handle(join)).isEqualTo(EventInbox.Outcome.DUPLICATE);
    mvc.perform(get("/api/plans/" + own).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isOk());

    deliver(
        new MemberLeft(
            institution,
            "M-" + run,
            MemberJoined.subjectKey(email),
            Instant.parse("2026-06-01T00:00:00Z")));

    mvc.perform(get("/api/plans/" + own).header(HttpHeaders.AUTHORIZATION, token))
        .andExpect(status().isForbidden());
  }

  private void awardedAndSigned(String planId, String host) {
    PlanAwarded template = ObligationFixtures.awarded(planId);
    deliver(
        new PlanAwarded(
            planId,
            template.callId(),
            host,
            template.course(),
            5_000_000L,
            List.of(),
            template.awardedAt(),
            template.title(),
            List.of(new PlanAwarded.InstitutionAward(host, "Host " + host, "HOST", 5_000_000L)),
            template.snapshot()));
    deliver(
        new AgreementSigned(
            planId, "agr-" + planId, host, "HOST", 5_000_000L, ObligationFixtures.HOST_SIGNED_AT));
  }

  private MemberJoined joined(String memberId) {
    return new MemberJoined(
        institution,
        memberId,
        MemberJoined.subjectKey(email),
        "PI",
        "北陸工業高等専門学校 " + run,
        "TECHNICAL_COLLEGE",
        Instant.parse("2026-05-01T00:00:00Z"));
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(envelope(event));
  }

  private byte[] envelope(IntegrationEvent event) {
    return codec.encode(codec.wrap(event, "intake-service", null));
  }
}
