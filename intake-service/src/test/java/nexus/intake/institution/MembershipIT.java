package nexus.intake.institution;

import static nexus.intake.institution.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import nexus.intake.institution.domain.CorporateNumberFixtures;
import nexus.testsupport.TestUsers;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Invitations make people members, and membership is the user's institution: a token without an
 * institution claim acts for the member's (verified) institution, and for no other.
 */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "nexus.messaging.outbox.relay-enabled=false"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
@Import(TestTokens.Decoder.class)
class MembershipIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired Registrations registrations;
  @Autowired Memberships memberships;
  @Autowired EventCodec codec;
  @Autowired MembershipAnnouncements announcements;

  @Test
  void anAcceptedInvitationMakesTheUserActForTheInstitutionAndOnlyForIt() throws Exception {
    String institution = activeInstitution("mem-staff-1");
    RequestPostProcessor pi = user("mem-pi-1", "login-pi-1@u.example");
    startDraft(pi).andExpect(status().isForbidden());

    String invitation = invite("mem-staff-1", "pi-1@u.example", "PI");
    String token = memberships.issueInvitationLink(institution, invitation).orElseThrow().token();
    accept(pi, token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(institution))
        .andExpect(jsonPath("$.myRole").value("PI"));
    accept(user("mem-other", "o@u.example"), token).andExpect(status().isGone());

    String draft =
        JsonPath.read(
            startDraft(pi)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.plan.id");
    Document plan = mongo.getCollection("plans").find(Filters.eq("_id", draft)).first();
    assertThat(plan.getString("institutionId")).isEqualTo(institution);
    assertThat(plan.getString("institutionName")).isEqualTo("招待大学");
    assertThat(plan.getString("piEmail")).isEqualTo("pi-1@u.example");
    mvc.perform(get("/api/drafts/" + draft).with(pi)).andExpect(status().isOk());

    String elsewhere =
        JsonPath.read(
            mvc.perform(
                    post("/api/drafts")
                        .with(TestUsers.applicantOf("INST-ELSEWHERE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DRAFT))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.plan.id");
    mvc.perform(get("/api/drafts/" + elsewhere).with(pi)).andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/" + elsewhere).with(pi)).andExpect(status().isNotFound());
  }

  @Test
  void membersOfAnInstitutionNotYetVerifiedCannotStartDrafts() throws Exception {
    register("mem-pending");
    startDraft(user("mem-pending", "mem-pending@u.example")).andExpect(status().isForbidden());
    invite("mem-pending", "x@u.example", "PI", status().isConflict());
  }

  @Test
  void staffListMembersInPagesAndPisMayNot() throws Exception {
    String institution = activeInstitution("mem-staff-2");
    join(institution, "mem-staff-2", "mem-pi-2", "PI");
    mvc.perform(
            get("/api/institutions/mine/members?page=0&size=1")
                .with(user("mem-staff-2", "s@u.example")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.length()").value(1))
        .andExpect(jsonPath("$.page.totalElements").value(2));
    mvc.perform(get("/api/institutions/mine/members").with(user("mem-pi-2", "p@u.example")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/institutions/mine/members").with(user("mem-nobody", "n@u.example")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theLastStaffMemberStaysAndARemovedMemberNoLongerActsForTheInstitution() throws Exception {
    String institution = activeInstitution("mem-staff-3");
    String piMember = join(institution, "mem-staff-3", "mem-pi-3", "PI");
    String staffMember = memberId(institution, "mem-staff-3");
    RequestPostProcessor staff = user("mem-staff-3", "s3@u.example");

    mvc.perform(delete("/api/institutions/mine/members/" + staffMember).with(staff))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("member.last-staff"));

    mvc.perform(get("/institution/members/" + piMember + "/remove").with(staff))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"question\"")));
    mvc.perform(post("/institution/members/" + piMember + "/remove").with(staff))
        .andExpect(status().is3xxRedirection());
    startDraft(user("mem-pi-3", "p3@u.example")).andExpect(status().isForbidden());
  }

  @Test
  void aRevokedOrResentInvitationsOldLinkNoLongerWorks() throws Exception {
    String institution = activeInstitution("mem-staff-4");
    RequestPostProcessor staff = user("mem-staff-4", "s4@u.example");
    String invitation = invite("mem-staff-4", "pi-4@u.example", "PI");
    invite("mem-staff-4", "PI-4@u.example", "STAFF", status().isConflict());
    String first = memberships.issueInvitationLink(institution, invitation).orElseThrow().token();

    mvc.perform(post("/api/institutions/mine/invitations/" + invitation + "/resend").with(staff))
        .andExpect(status().isAccepted());
    assertThat(outboxTypes(institution)).filteredOn("member.invited"::equals).hasSize(2);
    String second = memberships.issueInvitationLink(institution, invitation).orElseThrow().token();
    accept(user("mem-pi-4", "p4@u.example"), first).andExpect(status().isGone());

    mvc.perform(delete("/api/institutions/mine/invitations/" + invitation).with(staff))
        .andExpect(status().isNoContent());
    accept(user("mem-pi-4", "p4@u.example"), second)
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.rule").value("link.invalid"));
    assertThat(memberships.issueInvitationLink(institution, invitation)).isEmpty();
  }

  @Test
  void theOtherServicesLearnWhoActsForTheInstitutionFromItsVerificationToARemoval()
      throws Exception {
    String institution = register("mem-staff-5");
    assertThat(outbox(institution, MemberJoined.class)).isEmpty();

    registrations.verify(
        new nexus.web.CurrentUser("mem-staff-5", "mem-staff-5", null, null, java.util.Set.of()),
        registrations.issueVerificationLink(institution).orElseThrow().token());
    MemberJoined registrant = outbox(institution, MemberJoined.class).getFirst();
    assertThat(registrant.memberId()).isEqualTo(memberId(institution, "mem-staff-5"));
    assertThat(registrant.subjectKey()).isEqualTo(MemberJoined.subjectKey("mem-staff-5"));
    assertThat(registrant.role()).isEqualTo("STAFF");
    assertThat(registrant.institutionName()).isEqualTo("招待大学");
    assertThat(registrant.institutionType()).isEqualTo("UNIVERSITY");
    assertThat(outboxTypes(institution).toString()).doesNotContain("@u.example");

    String pi = join(institution, "mem-staff-5", "mem-pi-5", "PI");
    assertThat(outbox(institution, MemberJoined.class))
        .extracting(MemberJoined::memberId, MemberJoined::role)
        .containsExactly(tuple(registrant.memberId(), "STAFF"), tuple(pi, "PI"));

    mvc.perform(
            delete("/api/institutions/mine/members/" + pi)
                .with(user("mem-staff-5", "s5@u.example")))
        .andExpect(status().isNoContent());
    assertThat(outbox(institution, MemberLeft.class))
        .singleElement()
        .satisfies(
            left -> {
              assertThat(left.memberId()).isEqualTo(pi);
              assertThat(left.subjectKey()).isEqualTo(MemberJoined.subjectKey("mem-pi-5"));
            });
  }

  @Test
  void membersOfAnInstitutionVerifiedBeforeTheEventExistedAreAnnouncedOnceAtStart()
      throws Exception {
    String institution = activeInstitution("mem-staff-6");
    String pi = join(institution, "mem-staff-6", "mem-pi-6", "PI");
    // as kept from before member.joined: active, nothing announced
    mongo
        .getCollection("institutions")
        .updateOne(
            Filters.eq("_id", institution),
            com.mongodb.client.model.Updates.combine(
                com.mongodb.client.model.Updates.unset("membersAnnounced"),
                com.mongodb.client.model.Updates.pull(
                    "outbox", new Document("type", "member.joined"))));
    assertThat(outbox(institution, MemberJoined.class)).isEmpty();

    announcements.run(null);
    announcements.run(null);

    assertThat(outbox(institution, MemberJoined.class))
        .extracting(MemberJoined::memberId)
        .containsExactlyInAnyOrder(memberId(institution, "mem-staff-6"), pi);
  }

  static final String DRAFT =
      "{\"callId\":\"ytec-2025\",\"course\":\"YOUNG_TALENT\",\"title\":\"Member draft\"}";

  private ResultActions startDraft(RequestPostProcessor who) throws Exception {
    return mvc.perform(
        post("/api/drafts").with(who).contentType(MediaType.APPLICATION_JSON).content(DRAFT));
  }

  private String register(String staffSubject) throws Exception {
    return JsonPath.read(
        mvc.perform(
                post("/api/institutions")
                    .with(user(staffSubject, staffSubject + "@u.example"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        InstitutionRegistrationIT.body(
                            "招待大学", CorporateNumberFixtures.next(), staffSubject + "@u.example")))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.id");
  }

  private String activeInstitution(String staffSubject) throws Exception {
    String id = register(staffSubject);
    registrations.verify(
        new nexus.web.CurrentUser(staffSubject, staffSubject, null, null, java.util.Set.of()),
        registrations.issueVerificationLink(id).orElseThrow().token());
    return id;
  }

  /** Invites and accepts; returns the new member's id. */
  private String join(String institution, String staff, String subject, String role)
      throws Exception {
    String invitation = invite(staff, subject + "@u.example", role);
    String token = memberships.issueInvitationLink(institution, invitation).orElseThrow().token();
    accept(user(subject, subject + "@u.example"), token).andExpect(status().isOk());
    return memberId(institution, subject);
  }

  private String invite(String staff, String email, String role) throws Exception {
    return JsonPath.read(
        invite(staff, email, role, status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.id");
  }

  private ResultActions invite(
      String staff,
      String email,
      String role,
      org.springframework.test.web.servlet.ResultMatcher expected)
      throws Exception {
    return mvc.perform(
            post("/api/institutions/mine/invitations")
                .with(user(staff, staff + "@u.example"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}"))
        .andExpect(expected);
  }

  private ResultActions accept(RequestPostProcessor who, String token) throws Exception {
    return mvc.perform(
        post("/api/invitations/accept")
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"token\":\"" + token + "\"}"));
  }

  private String memberId(String institution, String subject) {
    Document stored =
        mongo.getCollection("institutions").find(Filters.eq("_id", institution)).first();
    return stored.getList("members", Document.class).stream()
        .filter(m -> subject.equals(m.getString("subject")))
        .findFirst()
        .orElseThrow()
        .getString("_id");
  }

  /** The events of a type waiting in the institution's outbox (the relay is off here). */
  private <T extends IntegrationEvent> java.util.List<T> outbox(String institution, Class<T> type) {
    String wire = nexus.events.EventCatalog.typeOf(type).name();
    return mongo
        .getCollection("institutions")
        .find(Filters.eq("_id", institution))
        .first()
        .getList("outbox", Document.class)
        .stream()
        .filter(e -> wire.equals(e.getString("type")))
        .map(e -> codec.payload(codec.decode(e.getString("envelope")), type))
        .toList();
  }

  private java.util.List<String> outboxTypes(String institution) {
    return InstitutionRegistrationIT.types(
        mongo.getCollection("institutions").find(Filters.eq("_id", institution)).first());
  }
}
