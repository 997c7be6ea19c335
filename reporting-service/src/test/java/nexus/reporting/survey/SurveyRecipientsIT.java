package nexus.reporting.survey;

import static nexus.reporting.alumni.AlumniContactFixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.events.AlumniErased;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.alumni.AlumniContactFixtures;
import nexus.reporting.obligation.CompletedPlans;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Participants are surveyed only through alumni: at the address alumni gives while the member
 * consents to mail, in the member's language, never at the participant list's address; a member who
 * opted out, whose address bounces or who left is not mailed, nor a participant alumni does not
 * know, and the campaign counts them as unreachable. A later contact change wins whatever order
 * alumni's events arrive in; an erasure is final; repeated events change nothing.
 */
class SurveyRecipientsIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired SurveyDefinitions definitions;
  @Autowired Campaigns campaigns;
  @Autowired CampaignScheduler scheduler;
  @Autowired SurveyInvitations invitations;

  @Test
  void participantsAreMailedOnlyWhereAlumniAllowsAndTheOthersAreCountedAsUnreachable()
      throws Exception {
    String tag = String.valueOf(System.nanoTime());
    // every completed exchange of the shared store is surveyed: a campaign launched before this
    // test's plans exist tells what the others add
    CampaignView before = launched(tag + " before");

    // plan A: a member who changed address twice (the changes arrive out of order), and one who
    // opted out of mail
    List<String> a = plan(tag, "a");
    String consenting = "somchai-" + tag + "@alumni.example";
    deliver(contact("ALU-1-" + tag, a.get(0), a.get(1), "old-" + consenting, "en", 1));
    deliver(contact("ALU-1-" + tag, a.get(0), a.get(1), consenting, "en", 3));
    deliver(contact("ALU-1-" + tag, a.get(0), a.get(1), "older-" + consenting, "en", 2));
    deliver(contact("ALU-1-" + tag, a.get(0), a.get(1), consenting, "en", 3));
    String optedOut = "opted-out-" + tag + "@alumni.example";
    deliver(contact("ALU-2-" + tag, a.get(0), a.get(2), optedOut, "en", 1));
    deliver(contact("ALU-2-" + tag, a.get(0), a.get(2), null, "en", 2));
    // plan B: a member whose address bounces, and one who left (a replayed older change after
    // the erasure does not bring the address back)
    List<String> b = plan(tag, "b");
    String bouncing = "bouncing-" + tag + "@alumni.example";
    deliver(contact("ALU-3-" + tag, b.get(0), b.get(1), bouncing, "ja", 1));
    deliver(contact("ALU-3-" + tag, b.get(0), b.get(1), null, "ja", 2));
    String left = "left-" + tag + "@alumni.example";
    deliver(contact("ALU-4-" + tag, b.get(0), b.get(2), left, "en", 1));
    AlumniErased erased =
        new AlumniErased(
            "ALU-4-" + tag,
            List.of(new AlumniErased.PlanParticipant(b.get(0), b.get(2))),
            Instant.now());
    deliver(erased);
    deliver(erased);
    deliver(contact("ALU-4-" + tag, b.get(0), b.get(2), left, "en", 7));
    // plan C: a member who reads Japanese, and a participant who never joined alumni
    List<String> c = plan(tag, "c");
    String japanese = "tanaka-" + tag + "@alumni.example";
    deliver(contact("ALU-5-" + tag, c.get(0), c.get(1), japanese, "ja", 1));

    CampaignView campaign = launched(tag);

    assertThat(campaign.targets() - before.targets()).isEqualTo(2);
    assertThat(campaign.unreachable() - before.unreachable()).isEqualTo(4);
    await().atMost(WAIT).until(() -> !mailTo(consenting).isEmpty() && !mailTo(japanese).isEmpty());
    assertThat(subject(mailTo(consenting).get(0)))
        .isEqualTo("[NEXUS Y-tec] Follow-up survey: Recipients " + tag);
    assertThat(body(mailTo(consenting).get(0))).contains("?lang=en");
    assertThat(subject(mailTo(japanese).get(0))).isEqualTo("【NEXUS Y-tec】追跡調査のお願い：受信者 " + tag);
    List<String> nobody = new ArrayList<>(List.of(optedOut, bouncing, left));
    nobody.addAll(List.of("old-" + consenting, "older-" + consenting));
    for (String plan : List.of("a", "b", "c")) {
      nobody.add(listed(tag, plan, 1));
      nobody.add(listed(tag, plan, 2));
    }
    assertThat(nobody).allSatisfy(address -> assertThat(mailTo(address)).isEmpty());
    // the respondents keep no address of their own: alumni's is looked up when mailing
    List<Document> respondents = respondents(campaign.id(), a.get(0), b.get(0), c.get(0));
    assertThat(respondents)
        .extracting(r -> r.getString("participantId"))
        .containsExactlyInAnyOrder(a.get(1), c.get(1));
    assertThat(respondents).allSatisfy(r -> assertThat(r.get("email")).isNull());

    // the campaign page and API say how many participants alumni could not reach
    mvc.perform(get("/surveys/" + campaign.id()).param("lang", "en").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"campaign-unreachable\"")))
        .andExpect(content().string(containsString("data-count=\"" + campaign.unreachable())))
        .andExpect(content().string(containsString("Participants not reachable through alumni")));
    mvc.perform(get("/surveys/" + campaign.id()).param("lang", "ja").with(staff()))
        .andExpect(content().string(containsString("同窓会経由で連絡できない参加者")));
    mvc.perform(get("/api/surveys/campaigns/" + campaign.id()).with(staff()))
        .andExpect(jsonPath("$.unreachable").value(campaign.unreachable()));

    // the consenting member opts out (told twice): the reminder goes only to the other
    deliver(contact("ALU-1-" + tag, a.get(0), a.get(1), null, "en", 4));
    deliver(contact("ALU-1-" + tag, a.get(0), a.get(1), null, "en", 4));
    invitations.remind(campaign.id(), Instant.now());
    await().atMost(WAIT).until(() -> mailTo(japanese).size() == 2);
    assertThat(subject(mailTo(japanese).get(1))).contains("再送");
    assertThat(mailTo(consenting)).hasSize(1);
  }

  /** A completed plan of two participants whose list gives {@code listed-...} addresses. */
  private List<String> plan(String tag, String name) throws Exception {
    return CompletedPlans.completed(
        mvc,
        inbox,
        codec,
        "pi-" + name + "-" + tag + "@inst-a.example",
        listed(tag, name, 1),
        listed(tag, name, 2));
  }

  /** The address the participant list gives the i-th participant of the plan. */
  private static String listed(String tag, String plan, int i) {
    return "listed-" + plan + i + "-" + tag + "@list.example";
  }

  private CampaignView launched(String title) {
    String definition =
        definitions
            .define(
                "受信者 " + title,
                "Recipients " + title,
                List.of(
                    new Question(
                        "story", QuestionKind.TEXT, "その後", "Since then", List.of(), false, null)))
            .id();
    Instant now = Instant.now();
    String id =
        campaigns
            .schedule(
                definition,
                2027,
                "0 0 9 1 1 *",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)),
                List.of("PARTICIPANT"))
            .id();
    assertThat(scheduler.launchNow(id).outcome())
        .isEqualTo(CampaignScheduler.LaunchOutcome.LAUNCHED);
    return campaigns.campaign(id);
  }

  private List<Document> respondents(String campaignId, String... planIds) {
    return mongo
        .getCollection("survey_respondents")
        .find(
            new Document("campaignId", campaignId)
                .append("planId", new Document("$in", List.of(planIds))))
        .into(new ArrayList<>());
  }

  private void deliver(IntegrationEvent event) {
    AlumniContactFixtures.deliver(inbox, codec, event);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
    return TestUsers.staff("staff-reporting");
  }
}
