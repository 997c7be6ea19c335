package nexus.reporting.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nexus.events.AlumniErased;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.survey.CampaignScheduler;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7 in reporting: {@code alumni.erased} anonymises the person in every copy reporting keeps
 * of them — the participant list, the survey respondents, the activity report (consent, photo,
 * texts; a published report goes off the site), the incident reports and the action plan — and
 * leaves everyone else as they were; the same erasure again changes nothing.
 */
class ErasureIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired CampaignScheduler scheduler;

  @Test
  void anErasedAlumnusIsAnonymisedInEveryReportingCopyAndARepeatedErasureChangesNothingMore()
      throws Exception {
    String tag = String.valueOf(System.nanoTime());
    ErasureScenario plan = ErasureScenario.completed(mvc, inbox, codec, tag);
    String reportId = plan.publishedActivityReport();
    plan.incident();
    plan.actionPlan();
    String campaignId = plan.launchedSurvey(scheduler);
    await().atMost(WAIT).until(() -> plan.listedForErasure(mongo));
    await().atMost(WAIT).until(() -> plan.outboxEmpty(mongo));

    AlumniErased erased =
        new AlumniErased(
            "alum-" + tag,
            List.of(new AlumniErased.PlanParticipant(plan.planId(), plan.somchaiId())),
            Instant.now());
    deliver(erased);

    // the participant list: the person without name, contact, birth date or affiliation
    mvc.perform(get("/api/plans/" + plan.planId() + "/reports").with(staff()))
        .andExpect(jsonPath("$.participants[0].name").value("(erased)"))
        .andExpect(jsonPath("$.participants[0].affiliation").value(nullValue()))
        .andExpect(jsonPath("$.participants[0].country").value("TH"))
        .andExpect(jsonPath("$.participants[1].name").value("Nguyen Van An"));
    // the incident: the name replaced in the host's text, the others kept
    mvc.perform(get("/api/plans/" + plan.planId() + "/incidents").with(staff()))
        .andExpect(jsonPath("$.content[0].harmed").value("(erased), sprained ankle"))
        .andExpect(jsonPath("$.content[0].what").value("(erased) fell on the stairs"))
        .andExpect(jsonPath("$.content[0].actions").value("Nguyen Van An called the ambulance"));
    // the activity report: consent, photo and texts, and off the public site
    mvc.perform(get("/api/plans/" + plan.planId() + "/activity-report").with(staff()))
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.erasedAt").isNotEmpty())
        .andExpect(jsonPath("$.consents[0].name").value("(erased)"))
        .andExpect(jsonPath("$.consents[0].consented").value(false))
        .andExpect(jsonPath("$.consents[1].name").value("Nguyen Van An"))
        .andExpect(jsonPath("$.consents[1].consented").value(true))
        .andExpect(jsonPath("$.photos[0].pictured[0]").value("(erased)"))
        .andExpect(jsonPath("$.photos[0].pictured[1]").value("Nguyen Van An"))
        .andExpect(jsonPath("$.photos[0].captionEn").value("(erased) at the bench"))
        .andExpect(jsonPath("$.bodyEn").value("(erased) and Nguyen Van An ran the experiments."))
        .andExpect(jsonPath("$.bodyJa").value("(erased) さんと Nguyen Van An さんが実験を行いました。"));
    mvc.perform(get("/public/reports/" + reportId)).andExpect(status().isNotFound());
    mvc.perform(get("/activity-reports/" + reportId).param("lang", "en").with(staff()))
        .andExpect(content().string(containsString("id=\"erasure-notice\"")))
        .andExpect(content().string(containsString("taken off the public site")));
    // published again only once the host rewrote it and removed the photo
    mvc.perform(post("/api/activity-reports/" + reportId + "/publish").with(staff()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].rule").value("photo-without-consent"))
        .andExpect(jsonPath("$.problems[0].person").value("(erased)"));
    // the action plan: the item keeps its number and date, with the marker as owner
    Document actionPlan =
        mongo.getCollection("action_plans").find(new Document("_id", plan.planId())).first();
    assertThat(actionPlan.getList("items", Document.class))
        .extracting(i -> i.getString("owner"))
        .containsExactly("(erased)", "Nguyen Van An");
    // the survey: the participant's respondent without address, participant id or link
    Map<String, Document> respondents = plan.participantRespondents(mongo, campaignId);
    assertThat(respondents).containsOnlyKeys(plan.anId(), null);
    assertThat(respondents.get(null).getString("email")).isNull();
    assertThat(respondents.get(null).getList("tokenHashes", String.class)).isEmpty();
    assertThat(respondents.get(plan.anId()).getList("tokenHashes", String.class)).isNotEmpty();

    String copies = plan.copies(mongo);
    assertThat(copies)
        .doesNotContain(
            "Somchai",
            "somchai-" + tag,
            "1998-04-01",
            "Chula Faculty of Engineering",
            "Mali Jaidee")
        .contains("Nguyen Van An", "an-" + tag + "@vnu.example", "an-" + tag + "@alumni.example");
    plan.expectAudited(mvc, 1);

    // the same erasure again (a new delivery): nothing changes, nothing more is audited
    deliver(erased);
    assertThat(plan.copies(mongo)).isEqualTo(copies);
    plan.expectAudited(mvc, 1);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
    return TestUsers.staff("staff-reporting");
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "alumni-service", null)));
  }
}
