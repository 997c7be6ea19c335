package nexus.alumni.membership;

import static nexus.alumni.support.AlumniFixtures.EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.completed;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.samePersonInAnotherPlan;
import static nexus.alumni.support.AlumniFixtures.signedIn;
import static nexus.alumni.support.AlumniFixtures.vietnameseResearcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.MailServer;
import nexus.events.AlumniContactChanged;
import nexus.events.AlumniErased.PlanParticipant;
import nexus.events.EventEnvelope;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Alumni tells the other services how a member may be reached ({@code alumni.contact-changed}) on
 * every change of it: enrolment, another exchange, claim, address, language and consent edits, a
 * bounce and leaving. The address travels only while the member consents to mail for a purpose that
 * names the follow-up surveys and it does not bounce; each change has a higher version; a change
 * that tells nothing new, and a repeated completion, publish nothing.
 */
class ContactChangesIT extends AlumniIntegrationTest {

  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/alumni/public/claim/([A-Za-z0-9_-]+)");

  @Autowired Bounces bounces;
  @Autowired ContactAnnouncements announcements;

  @Test
  void everyChangeOfHowAMemberMayBeReachedIsPublishedWithAHigherVersion() throws Exception {
    ParticipantRecord an = vietnameseResearcher("Nguyen Van An");
    String planA = newId("plan");
    deliver(completed(planA, "semiconductor design", EXCHANGE_ENDED, an));
    String id = memberOf(an).getString("_id");

    // enrolled: known by the exchange, not to be mailed before consenting
    AlumniContactChanged enrolled = awaitContact(id, 1);
    assertThat(enrolled.participants())
        .containsExactly(new PlanParticipant(planA, an.participantId()));
    assertThat(enrolled.email()).isNull();
    assertThat(enrolled.language()).isEqualTo("en");

    // the same person completes another exchange: one more pair, and a repeat changes nothing
    String planB = newId("plan");
    ParticipantRecord again = samePersonInAnotherPlan(an, an.email());
    deliver(completed(planB, "semiconductor design", EXCHANGE_ENDED, again));
    deliver(completed(planB, "semiconductor design", EXCHANGE_ENDED, again));
    assertThat(awaitContact(id, 2).participants())
        .containsExactly(
            new PlanParticipant(planA, an.participantId()),
            new PlanParticipant(planB, again.participantId()));

    // claimed with the mail consent: the address may be mailed
    String login = newId("sub");
    mvc.perform(
            post("/public/claim/" + claimToken(an.email()))
                .with(signedIn(login, an.email()))
                .param("mailConsent", "true"))
        .andExpect(status().isOk());
    AlumniContactChanged claimed = awaitContact(id, 3);
    assertThat(claimed.email()).isEqualTo(an.email());
    assertThat(claimed.version()).isGreaterThan(enrolled.version());

    // a new address, then Japanese as language
    String newAddress = "an." + id.substring(4, 12) + "@new.example";
    saveProfile(login, newAddress, "en", true);
    assertThat(awaitContact(id, 4).email()).isEqualTo(newAddress);
    saveProfile(login, null, "ja", true);
    assertThat(awaitContact(id, 5).language()).isEqualTo("ja");

    // a save that changes nothing others know publishes nothing
    saveProfile(login, null, "ja", true);
    // mail consent withdrawn, then given again
    saveProfile(login, null, "ja", false);
    assertThat(awaitContact(id, 6).email()).isNull();
    saveProfile(login, null, "ja", true);
    assertThat(awaitContact(id, 7).email()).isEqualTo(newAddress);

    // the address bounces: not to be mailed; a repeated refusal changes nothing
    assertThat(bounces.record(id, newAddress, "550 5.1.1 no such user")).isTrue();
    assertThat(bounces.record(id, newAddress, "550 5.1.1 no such user")).isFalse();
    assertThat(awaitContact(id, 8).email()).isNull();

    // leaving: told before the erasure itself, with every pair and nothing personal
    mvc.perform(delete("/api/me").param("confirm", "true").with(alumnus(login)))
        .andExpect(status().isNoContent());
    AlumniContactChanged left = awaitContact(id, 9);
    assertThat(left.participants()).hasSize(2);
    assertThat(left.email()).isNull();
    assertThat(left.language()).isNull();
    List<String> order =
        alumniTopic().stream()
            .filter(v -> v.contains(id))
            .map(v -> codec.decode(v).type())
            .filter(t -> t.equals("alumni.contact-changed") || t.equals("alumni.erased"))
            .toList();
    assertThat(order.subList(order.size() - 2, order.size()))
        .containsExactly("alumni.contact-changed", "alumni.erased");

    List<AlumniContactChanged> all = contacts(id);
    assertThat(all).hasSize(9);
    assertThat(all).extracting(AlumniContactChanged::version).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aMailConsentGivenBeforeItNamedTheSurveysIsNotEnoughUntilTheMemberGivesItAgain()
      throws Exception {
    ParticipantRecord binh = vietnameseResearcher("Tran Thi Binh");
    deliver(completed(newId("plan"), "biotechnology", EXCHANGE_ENDED, binh));
    String id = memberOf(binh).getString("_id");
    awaitContact(id, 1);
    String login = newId("sub");
    // claimed before the consent named the surveys (as stored then)
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", id),
            new Document(
                "$set",
                new Document("subject", login)
                    .append("claimedAt", new Date())
                    .append("mailConsent", true)
                    .append(
                        "consents",
                        List.of(
                            new Document("kind", "MAIL")
                                .append("granted", true)
                                .append("purpose", "consent.mail.purpose")
                                .append("at", new Date())))));

    mvc.perform(get("/me").param("lang", "en").with(alumnus(login)))
        .andExpect(content().string(containsString("id=\"consent-mail-renew\"")))
        .andExpect(content().string(containsString("follow-up surveys")));
    saveProfile(login, null, "en", true);

    assertThat(awaitContact(id, 2).email()).isEqualTo(binh.email());
    assertThat(memberOf(binh).getList("consents", Document.class))
        .extracting(c -> c.getString("purpose"))
        .containsExactly("consent.mail.purpose", "consent.mail-and-surveys.purpose");
    mvc.perform(get("/me").param("lang", "en").with(alumnus(login)))
        .andExpect(content().string(not(containsString("id=\"consent-mail-renew\""))));
  }

  @Test
  void membersKnownBeforeContactEventsAreAnnouncedOnceAtStart() {
    ParticipantRecord chai = vietnameseResearcher("Chai Somchai");
    deliver(completed(newId("plan"), "water security", EXCHANGE_ENDED, chai));
    String id = memberOf(chai).getString("_id");
    awaitContact(id, 1);
    // as stored before alumni.contact-changed existed
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", id), new Document("$unset", new Document("contactVersion", "")));

    announcements.run(null);
    announcements.run(null);

    AlumniContactChanged announced = awaitContact(id, 2);
    assertThat(announced.participants()).hasSize(1);
    assertThat(memberOf(chai).getLong("contactVersion")).isEqualTo(1L);
    await().atMost(WAIT).until(() -> memberOf(chai).getList("outbox", Document.class).isEmpty());
    assertThat(contacts(id)).hasSize(2);
  }

  private void saveProfile(String login, String email, String language, boolean mail)
      throws Exception {
    mvc.perform(
            put("/api/me/profile")
                .with(alumnus(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"Nguyen Van An","country":"VN","language":"%s","listed":false,"contactableByMembers":false,
                     "mailConsent":%s%s}"""
                        .formatted(
                            language, mail, email == null ? "" : ",\"email\":\"" + email + "\"")))
        .andExpect(status().isOk());
  }

  /** Waits until the member's {@code count}-th contact event is on the topic; returns it. */
  private AlumniContactChanged awaitContact(String alumnusId, int count) {
    await().atMost(WAIT).until(() -> contacts(alumnusId).size() >= count);
    return contacts(alumnusId).get(count - 1);
  }

  private List<AlumniContactChanged> contacts(String alumnusId) {
    return alumniTopic().stream()
        .map(codec::decode)
        .filter(e -> e.type().equals("alumni.contact-changed") && alumnusId.equals(e.key()))
        .map((EventEnvelope e) -> codec.payload(e, AlumniContactChanged.class))
        .sorted(Comparator.comparingLong(AlumniContactChanged::version))
        .toList();
  }

  private Document memberOf(ParticipantRecord p) {
    return mongo
        .getCollection("members")
        .find(new Document("exchanges.participantId", p.participantId()))
        .first();
  }

  private static String claimToken(String address) {
    await().atMost(WAIT).until(() -> !SMTP.to(address).isEmpty());
    Matcher m = LINK.matcher(MailServer.body(SMTP.to(address).get(0)));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
