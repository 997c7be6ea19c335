package nexus.review.erasure;

import static nexus.review.support.Reviewing.reviewer;
import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nexus.events.AlumniErased;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantListSubmitted;
import nexus.events.ParticipantRecord;
import nexus.events.PlanSnapshot;
import nexus.events.PlanSubmitted;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewFixtures;
import nexus.review.support.Reviewing;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's erasure in review: after reporting's participant list and alumni's erasure, the case's
 * snapshot, the staff case API and page and the reviewer portal no longer name the erased person;
 * the other participant, the counts and the visits stay; a copy delivered again is erased again.
 */
@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ErasureIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;
  @Autowired MongoTemplate mongo;

  @Test
  void anErasedParticipantDisappearsFromTheCaseAndTheReviewersView() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    PlanSubmitted plan =
        withAn(ReviewFixtures.plan("call-" + id, "Host " + id, "Osaka", "CU", "TH", "AI"));
    Reviewing reviewing = new Reviewing(mvc, codec, inbox);
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String free = "erase-free-" + id;
    reviewing.addReviewer(free, "Taro Yamada", "Independent " + id, "AI");
    reviewing.pin(plan.planId(), free);
    assertThat(caseJson(plan.planId())).contains("Somchai Jaidee");

    deliver(list(plan.planId()));
    deliver(erasure(plan.planId()));

    String json = caseJson(plan.planId());
    assertThat(json).doesNotContain("Somchai", "2000-05-01").contains("Nguyen Van An");
    assertThat((String) JsonPath.read(json, "$.snapshot.participants[0].name"))
        .isEqualTo("(erased)");
    assertThat((Object) JsonPath.read(json, "$.snapshot.participants[0].affiliation")).isNull();
    assertThat((List<?>) JsonPath.read(json, "$.snapshot.participants[0].visits")).hasSize(1);
    assertThat((List<?>) JsonPath.read(json, "$.snapshot.participants")).hasSize(2);
    assertThat(stored(plan.planId()).toJson()).doesNotContain("Somchai");
    assertThat(stored(plan.planId()).getInteger("erasedPeople")).isEqualTo(1);
    assertThat(page("/cases/" + plan.planId(), staff("staff-review"))).doesNotContain("Somchai");
    assertThat(page("/portal/plans/" + plan.planId(), reviewer(free)))
        .doesNotContain("Somchai", "2000-05-01");
    assertThat(audited(plan.planId())).isEqualTo(1);

    // the same submission delivered again (a replay) stores the name again: it is erased at once
    deliver(plan);
    assertThat(stored(plan.planId()).toJson()).doesNotContain("Somchai").contains("Nguyen Van An");
    Document once = stored(plan.planId());
    deliver(erasure(plan.planId()));
    Document again = stored(plan.planId());
    assertThat(again.get("snapshot", Document.class).toJson())
        .isEqualTo(once.get("snapshot", Document.class).toJson());
    assertThat(again.get("erasedAt")).isEqualTo(once.get("erasedAt"));
    assertThat(again.getInteger("erasedPeople")).isEqualTo(1);
  }

  @Test
  void anErasureBeforeTheListIsAppliedWhenTheListArrives() {
    PlanSubmitted plan = withAn(ReviewFixtures.plan("Early host", "CU", "TH"));
    deliver(plan);

    deliver(erasure(plan.planId()));
    assertThat(stored(plan.planId()).toJson()).contains("Somchai");

    deliver(list(plan.planId()));
    assertThat(stored(plan.planId()).toJson()).doesNotContain("Somchai").contains("Nguyen Van An");
  }

  /** The fixture's plan with a second participant. */
  private static PlanSubmitted withAn(PlanSubmitted p) {
    PlanSnapshot s = p.snapshot();
    List<PlanSnapshot.Person> people = new ArrayList<>(s.participants());
    people.add(
        new PlanSnapshot.Person(
            "Nguyen Van An",
            LocalDate.of(1999, 3, 3),
            "GRADUATE",
            "PARTICIPANT",
            "HUST",
            List.of(
                new PlanSnapshot.Visit(
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), "INVITATION", "Osaka"))));
    PlanSnapshot snapshot =
        new PlanSnapshot(
            s.field(),
            s.exchangeStart(),
            s.exchangeEnd(),
            s.counterparts(),
            s.partners(),
            people,
            s.onlineSessions(),
            s.budgetItems(),
            s.directJpy(),
            s.indirectJpy(),
            s.overrunReason(),
            s.expectedOutcomes(),
            s.followUpPlan(),
            s.twinPlan(),
            s.documents());
    return new PlanSubmitted(
        p.planId(),
        p.callId(),
        p.institutionId(),
        p.institutionName(),
        p.course(),
        p.title(),
        p.counterpartCountries(),
        p.requestedAmountJpy(),
        p.submittedAt(),
        p.submissionVersion(),
        snapshot);
  }

  private static ParticipantListSubmitted list(String planId) {
    List<ParticipantRecord> people =
        List.of(
            new ParticipantRecord(
                "pt-a-" + planId,
                "JAIDEE Somchai",
                "somchai@chula.example",
                "TH",
                "CU",
                "GRADUATE",
                "PARTICIPANT",
                "INVITATION"),
            new ParticipantRecord(
                "pt-b-" + planId,
                "Nguyen Van An",
                null,
                "VN",
                "HUST",
                "GRADUATE",
                "PARTICIPANT",
                "INVITATION"));
    return new ParticipantListSubmitted(
        planId,
        people.stream().map(ParticipantRecord::participantId).toList(),
        Instant.now(),
        ReviewFixtures.CALL,
        people);
  }

  private static AlumniErased erasure(String planId) {
    return new AlumniErased(
        "alum-" + planId,
        List.of(new AlumniErased.PlanParticipant(planId, "pt-a-" + planId)),
        Instant.now());
  }

  private void deliver(IntegrationEvent event) {
    assertThat(inbox.handle(codec.encode(codec.wrap(event, "reporting-service", null))))
        .isEqualTo(EventInbox.Outcome.APPLIED);
  }

  private String caseJson(String planId) throws Exception {
    return page("/api/cases/" + planId, staff("staff-review"));
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

  private Document stored(String planId) {
    return mongo.getCollection("review_cases").find(new Document("_id", planId)).first();
  }

  private long audited(String planId) {
    return mongo
        .getCollection("audit_log")
        .countDocuments(new Document("subject", planId).append("action", "participant.erased"));
  }
}
