package nexus.alumni.membership;

import static nexus.alumni.support.AlumniFixtures.EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.completed;
import static nexus.alumni.support.AlumniFixtures.japaneseResearcher;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.signedIn;
import static nexus.alumni.support.AlumniFixtures.staff;
import static nexus.alumni.support.AlumniFixtures.vietnameseResearcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.MailServer;
import nexus.alumni.support.TestTokens;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The invitation e-mail carries a single-use, expiring claim link: it binds the profile to the
 * signed-in login; a visitor without one is sent to sign in or create an account (no password is
 * chosen here) and comes back signed in; an unknown, expired or used link is refused.
 */
class ClaimIT extends AlumniIntegrationTest {

  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/alumni/public/claim/([A-Za-z0-9_-]+)");

  @Test
  void theInvitationArrivesInTheMembersLanguageWithALinkThatIsStoredOnlyAsAHash() {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    ParticipantRecord kenji = japaneseResearcher("Sato Kenji");
    deliver(completed(newId("plan"), "semiconductor design", EXCHANGE_ENDED, an, kenji));

    MimeMessage english = awaitInvitation(an.email());
    assertThat(MailServer.subject(english)).contains("claim your profile", "Nguyen Van An");
    assertThat(MailServer.body(english)).contains("works once, until", "(Japan time)");
    MimeMessage japanese = awaitInvitation(kenji.email());
    assertThat(MailServer.subject(japanese)).contains("プロフィール", "Sato Kenji");
    assertThat(MailServer.body(japanese)).contains("1回だけ使え", "日本時間");

    String token = token(english);
    assertThat(member(an).toJson()).doesNotContain(token);
  }

  @Test
  void aVisitorWhoIsNotSignedInIsSentToSignInOrCreateAnAccountAndChoosesNoPasswordHere()
      throws Exception {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    deliver(completed(newId("plan"), "semiconductor design", EXCHANGE_ENDED, an));
    String token = token(awaitInvitation(an.email()));

    mvc.perform(get("/public/claim/" + token).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nguyen Van An")))
        .andExpect(content().string(containsString("id=\"claim-sign-in\"")))
        .andExpect(content().string(containsString("href=\"/claim/" + token + "\"")))
        .andExpect(content().string(containsString("Sign in or create an account to claim")))
        .andExpect(content().string(not(containsString("type=\"password\""))))
        .andExpect(content().string(not(containsString("id=\"claim-form\""))));
    mvc.perform(get("/public/claim/" + token).param("lang", "ja"))
        .andExpect(content().string(containsString("サインイン／アカウント作成して受け取る")));

    // a form posted without a login claims nothing, whatever it carries
    mvc.perform(
            post("/public/claim/" + token)
                .param("password", "kawasaki-hanoi-2026")
                .param("passwordConfirm", "kawasaki-hanoi-2026")
                .param("listed", "true"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().string(containsString("id=\"claim-sign-in\"")));
    Document member = member(an);
    assertThat(member.get("claimedAt")).isNull();
    assertThat(member.get("subject")).isNull();
    assertThat(member.getList("outbox", Document.class, List.of()))
        .noneMatch(e -> e.toJson().contains("login"));
  }

  @Test
  void theSignInLinkNeedsALoginAndLeadsBackToTheClaimPageThroughTheGateway() throws Exception {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    deliver(completed(newId("plan"), "semiconductor design", EXCHANGE_ENDED, an));
    String token = token(awaitInvitation(an.email()));
    String login = newId("sub");

    mvc.perform(get("/claim/" + token)).andExpect(status().isUnauthorized());
    mvc.perform(get("/claim/" + token).with(signedIn(login, "an@new-login.example")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/public/claim/" + token));
    mvc.perform(
            get("/claim/" + token)
                .with(signedIn(login, "an@new-login.example"))
                .header("X-Forwarded-Prefix", "/alumni"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("http://localhost/alumni/public/claim/" + token));

    // back on the claim page, signed in: the existing signed-in claim
    mvc.perform(get("/public/claim/" + token).with(signedIn(login, "an@new-login.example")))
        .andExpect(content().string(containsString("id=\"claim-signed-in\"")));
    mvc.perform(
            post("/public/claim/" + token)
                .with(signedIn(login, "an@new-login.example"))
                .param("listed", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"claim-done\"")));
    Document member = member(an);
    assertThat(member.getString("subject")).isEqualTo(login);
    assertThat(member.getString("loginEmail")).isEqualTo("an@new-login.example");
    assertThat(member.getBoolean("listed")).isTrue();
    assertThat(member.getBoolean("mailConsent")).isFalse();
    assertThat(member.getList("consents", Document.class))
        .extracting(c -> c.getString("kind"), c -> c.getBoolean("granted"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("LISTING", true),
            org.assertj.core.groups.Tuple.tuple("MAIL", false));
    assertThat(member.toJson()).doesNotContain(token);
  }

  @Test
  void aSignedInVisitorBindsTheProfileToTheirLoginAndThenSeesIt() throws Exception {
    ParticipantRecord kenji = japaneseResearcher("Sato Kenji");
    deliver(completed(newId("plan"), "semiconductor design", EXCHANGE_ENDED, kenji));
    String token = token(awaitInvitation(kenji.email()));
    String login = newId("sub");

    mvc.perform(get("/public/claim/" + token).with(signedIn(login, kenji.email())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"claim-signed-in\"")))
        .andExpect(content().string(not(containsString("id=\"claim-password\""))));
    mvc.perform(
            post("/public/claim/" + token)
                .with(signedIn(login, kenji.email()))
                .param("listed", "true")
                .param("mailConsent", "true"))
        .andExpect(status().isOk());

    assertThat(member(kenji).getString("subject")).isEqualTo(login);
    mvc.perform(get("/api/me/profile").with(alumnus(login)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Sato Kenji"))
        .andExpect(jsonPath("$.exchanges[0].host").value("Tohoku University"));
    mvc.perform(post("/public/claim/" + token).with(signedIn(newId("sub"), "x@y.example")))
        .andExpect(status().isGone())
        .andExpect(content().string(containsString("id=\"claim-refused\"")));
    mvc.perform(get("/public/claim/" + token)).andExpect(status().isGone());
    assertThat(member(kenji).getString("subject")).isEqualTo(login);
  }

  @Test
  void aLoginWithoutTheAlumnusRoleIsSeenAsAlumnusOnceItClaimedAProfile() throws Exception {
    ParticipantRecord yui = japaneseResearcher("Tanaka Yui");
    deliver(completed(newId("plan"), "hydrogen", EXCHANGE_ENDED, yui));
    String token = token(awaitInvitation(yui.email()));
    var login = TestTokens.user(newId("pi"), "yui@lab.example");

    mvc.perform(get("/api/me/profile").with(login)).andExpect(status().isForbidden());
    mvc.perform(get("/public/claim/" + token).with(login))
        .andExpect(content().string(containsString("id=\"claim-signed-in\"")));
    mvc.perform(post("/public/claim/" + token).with(login).param("listed", "true"))
        .andExpect(status().isOk());

    mvc.perform(get("/api/me/profile").with(login))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Tanaka Yui"));
    assertThat(member(yui).getString("loginEmail")).isEqualTo("yui@lab.example");
  }

  @Test
  void aLoginThatHasAProfileCannotClaimASecondOne() throws Exception {
    ParticipantRecord first = japaneseResearcher("Ito Ren");
    ParticipantRecord second = japaneseResearcher("Ito Ren");
    deliver(completed(newId("plan"), "hydrogen", EXCHANGE_ENDED, first));
    deliver(completed(newId("plan"), "hydrogen", EXCHANGE_ENDED, second));
    String login = newId("sub");
    mvc.perform(
            post("/public/claim/" + token(awaitInvitation(first.email())))
                .with(signedIn(login, first.email())))
        .andExpect(status().isOk());

    String other = token(awaitInvitation(second.email()));
    mvc.perform(post("/public/claim/" + other).with(signedIn(login, first.email())))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("id=\"claim-taken\"")));
    assertThat(member(second).get("claimedAt")).isNull();
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    deliver(completed(newId("plan"), "semiconductor design", EXCHANGE_ENDED, an));
    String token = token(awaitInvitation(an.email()));
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", member(an).getString("_id")),
            new Document(
                "$set", new Document("claimExpiresAt", Date.from(Instant.now().minusSeconds(1)))));

    mvc.perform(get("/public/claim/" + token))
        .andExpect(status().isGone())
        .andExpect(content().string(containsString("id=\"claim-refused\"")));
    mvc.perform(
            post("/public/claim/" + token)
                .with(signedIn(newId("sub"), an.email()))
                .param("listed", "true"))
        .andExpect(status().isGone())
        .andExpect(content().string(containsString("id=\"claim-refused\"")));
    mvc.perform(get("/claim/" + token).with(signedIn(newId("sub"), an.email())))
        .andExpect(redirectedUrl("/public/claim/" + token));
    assertThat(member(an).get("claimedAt")).isNull();
  }

  @Test
  void staffSendANewLinkAfterTheOldOneExpiredAndTheOldOneStaysRefused() throws Exception {
    ParticipantRecord binh = vietnameseResearcher("Tran Thi Binh");
    deliver(completed(newId("plan"), "biotechnology", EXCHANGE_ENDED, binh));
    String first = token(awaitInvitation(binh.email()));
    String id = member(binh).getString("_id");

    mvc.perform(post("/api/members/" + id + "/invitation").with(staff()))
        .andExpect(status().isAccepted());
    await().atMost(WAIT).until(() -> SMTP.to(binh.email()).size() == 2);
    String second = token(SMTP.to(binh.email()).get(1));

    mvc.perform(get("/public/claim/" + first)).andExpect(status().isGone());
    mvc.perform(post("/public/claim/" + first).with(signedIn(newId("sub"), binh.email())))
        .andExpect(status().isGone());
    mvc.perform(post("/public/claim/" + second).with(signedIn(newId("sub"), binh.email())))
        .andExpect(status().isOk());
    mvc.perform(post("/api/members/" + id + "/invitation").with(staff()))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/members/" + id).with(staff())).andExpect(status().isOk());
    mvc.perform(get("/api/members/" + id + "/access-log").with(staff()))
        .andExpect(jsonPath("$[0].reader").value("staff-alumni"))
        .andExpect(jsonPath("$[0].channel").value("staff-api"));
  }

  @Test
  void anUnknownLinkIsRefused() throws Exception {
    mvc.perform(get("/public/claim/not-a-token")).andExpect(status().isGone());
    mvc.perform(post("/public/claim/not-a-token")).andExpect(status().isGone());
    mvc.perform(post("/public/claim/not-a-token").with(signedIn(newId("sub"), "x@y.example")))
        .andExpect(status().isGone())
        .andExpect(content().string(containsString("id=\"claim-refused\"")));
  }

  private Document member(ParticipantRecord p) {
    return mongo
        .getCollection("members")
        .find(new Document("exchanges.participantId", p.participantId()))
        .first();
  }

  private static MimeMessage awaitInvitation(String address) {
    await().atMost(WAIT).until(() -> !SMTP.to(address).isEmpty());
    List<MimeMessage> received = SMTP.to(address);
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  private static String token(MimeMessage invitation) {
    Matcher matcher = LINK.matcher(MailServer.body(invitation));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
