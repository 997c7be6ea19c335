package nexus.alumni.mail;

import static nexus.alumni.support.AlumniFixtures.EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.completed;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Date;
import java.util.regex.Pattern;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.MailServer;
import nexus.alumni.support.Members;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The mail server refusing an address for good (5xx) marks it as bouncing, with the time: the
 * dashboard counts it, no mail goes there any more, and the member's new address ends it. A
 * temporary refusal (4xx) is retried as any failure and marks nothing.
 */
class BounceIT extends AlumniIntegrationTest {

  @Test
  void aPermanentRefusalMarksTheAddressAsBouncingUntilTheMemberChangesIt() throws Exception {
    String field = "volcanology " + newId("f");
    ParticipantRecord gone = participant("Dewi Lestari", "ID", "ITB", "INVITATION");
    SMTP.refuseForGood(gone.email());
    long bouncingBefore = bouncing();

    deliver(completed(newId("plan"), field, EXCHANGE_ENDED, gone));
    await().atMost(WAIT).until(() -> member(gone).get("emailBouncedAt") != null);
    assertThat(member(gone).getString("emailBounce")).startsWith("550 5.1.1");
    // done with, not retried: one attempt, no dead letter
    assertThat(SMTP.attempts(gone.email())).isEqualTo(1);
    assertThat(
            mongo
                .getCollection("dead_letters")
                .countDocuments(
                    new Document(
                        "payload", Pattern.compile(Pattern.quote(member(gone).getString("_id"))))))
        .isZero();
    assertThat(bouncing()).isEqualTo(bouncingBefore + 1);
    String id = member(gone).getString("_id");
    mvc.perform(post("/api/members/" + id + "/invitation").with(staff()))
        .andExpect(status().isConflict());

    // claimed some other way (the alumni office helped); an announcement skips the address
    String login = newId("sub");
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", id),
            new Document(
                "$set",
                new Document("subject", login)
                    .append("claimedAt", new Date())
                    .append("listed", true)
                    .append("mailConsent", true)));
    ParticipantRecord control = participant("Budi Hartono", "ID", "UGM", "INVITATION");
    Members.claimedAndListed(this::deliver, mongo, control, field, newId("sub"));
    String announcement = announce(field, "Volcano field trip");
    await().atMost(WAIT).until(() -> received(control.email(), "Volcano field trip"));
    // both members' notifications were handled: the bouncing address was not tried
    await().atMost(WAIT).until(() -> handled(announcement) == 2);
    assertThat(SMTP.attempts(gone.email())).isEqualTo(1);
    mvc.perform(get("/me").with(alumnus(login)).param("lang", "en"))
        .andExpect(content().string(containsString("id=\"email-bouncing\"")))
        .andExpect(content().string(containsString("Enter an address that works")));

    String newAddress = "dewi." + newId("x").substring(2, 10) + "@new-mailbox.example";
    mvc.perform(
            put("/api/me/profile")
                .with(alumnus(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"Dewi Lestari","country":"ID","fields":["%s"],"contactableByMembers":false,
                     "listed":true,"mailConsent":true,"email":"%s"}"""
                        .formatted(field, newAddress)))
        .andExpect(status().isOk());
    assertThat(member(gone).get("emailBouncedAt")).isNull();
    assertThat(bouncing()).isEqualTo(bouncingBefore);
    announce(field, "Volcano field trip, second day");
    await().atMost(WAIT).until(() -> received(newAddress, "second day"));
  }

  @Test
  void aTemporaryRefusalIsRetriedAndMarksNothing() {
    ParticipantRecord busy = participant("Rizal Putra", "ID", "UI", "INVITATION");
    SMTP.refuseTemporarily(busy.email(), 2);

    deliver(completed(newId("plan"), "geothermal energy", EXCHANGE_ENDED, busy));

    await().atMost(WAIT).until(() -> !SMTP.to(busy.email()).isEmpty());
    assertThat(SMTP.attempts(busy.email())).isEqualTo(3);
    assertThat(member(busy).get("emailBouncedAt")).isNull();
  }

  @Test
  void aNewAddressOnTheProfilePageMustLookLikeOne() throws Exception {
    String login = newId("sub");
    ParticipantRecord p = participant("Ayu Wulandari", "ID", "IPB", "INVITATION");
    Members.claimedAndListed(this::deliver, mongo, p, "agronomy", login);

    mvc.perform(
            post("/me")
                .with(alumnus(login))
                .param("lang", "en")
                .param("name", "Ayu Wulandari")
                .param("email", "not an address"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"profile-email-error\"")))
        .andExpect(content().string(containsString("such as name@example.org")));
    mvc.perform(
            put("/api/me/profile")
                .with(alumnus(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"Ayu Wulandari","contactableByMembers":false,"listed":true,
                     "mailConsent":true,"email":"no-at-sign"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    assertThat(member(p).getString("email")).isEqualTo(p.email());
  }

  private String announce(String field, String title) throws Exception {
    String json =
        mvc.perform(
                post("/api/announcements")
                    .with(staff())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                    {"titleJa":"%s","titleEn":"%s","bodyJa":"本文","bodyEn":"Text",
                     "segment":{"field":"%s"}}"""
                            .formatted(title, title, field)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.recipients").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(json, "$.id");
  }

  private long handled(String announcement) {
    return mongo
        .getCollection("inbox")
        .countDocuments(
            new Document("type", "alumni.notified")
                .append("key", announcement)
                .append("state", "DONE"));
  }

  private static boolean received(String address, String subjectPart) {
    return SMTP.to(address).stream().anyMatch(m -> MailServer.subject(m).contains(subjectPart));
  }

  private long bouncing() throws Exception {
    String json =
        mvc.perform(get("/api/dashboard").with(staff()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.bouncingAddresses")).longValue();
  }

  private Document member(ParticipantRecord p) {
    return mongo
        .getCollection("members")
        .find(new Document("exchanges.participantId", p.participantId()))
        .first();
  }
}
